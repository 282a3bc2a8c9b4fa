// The mentorships that ran during a window (started by its end, not ended before its start), with the
// places (at $level) that mentor and mentee hold now: a mentorship records no places of its own.
MATCH (m:Mentorship)
WHERE ($until IS NULL OR m.startedOn <= $until) AND ($since IS NULL OR m.endedOn IS NULL OR m.endedOn >= $since)
MATCH (m)-[:MENTOR]->(a)
MATCH (m)-[:MENTEE]->(b)
RETURN a.id AS mentor, b.id AS mentee,
       CASE $level
         WHEN 'COMMUNITY' THEN COLLECT { MATCH (a)-[r:MEMBER_OF]->(c:Community) WHERE r.to IS NULL OR r.to >= date() RETURN c.id }
         WHEN 'PROFESSION' THEN COLLECT { MATCH (a)-[:PRACTISES]->(c:Profession) RETURN c.id }
         ELSE COLLECT { MATCH (a)-[r:AFFILIATED_WITH]->(c:Institution) WHERE r.to IS NULL OR r.to >= date() RETURN c.id }
       END AS mentorPlaces,
       CASE $level
         WHEN 'COMMUNITY' THEN COLLECT { MATCH (b)-[r:MEMBER_OF]->(c:Community) WHERE r.to IS NULL OR r.to >= date() RETURN c.id }
         WHEN 'PROFESSION' THEN COLLECT { MATCH (b)-[:PRACTISES]->(c:Profession) RETURN c.id }
         ELSE COLLECT { MATCH (b)-[r:AFFILIATED_WITH]->(c:Institution) WHERE r.to IS NULL OR r.to >= date() RETURN c.id }
       END AS menteePlaces
