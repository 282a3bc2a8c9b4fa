// A stored mentorship as the fields of the import document, to restate it with a change.
MATCH (m:Mentorship {id: $id})
MATCH (m)-[:MENTOR]->(mentor:Person)
MATCH (m)-[:MENTEE]->(mentee:Person)
RETURN m.id AS id, mentor.id AS mentor, mentee.id AS mentee,
       COLLECT { MATCH (m)-[:ABOUT]->(s:Skill) RETURN s.id ORDER BY s.id } AS skills,
       m.startedOn AS startedOn, m.endedOn AS endedOn, m.origin AS origin, m.program AS program, m.goals AS goals
