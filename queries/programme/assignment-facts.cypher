// What proposeAssignment solves over: the programme's rules; the cohort's mentees who hold no active
// mentorship in the programme yet, with what they want to learn, their professions and current
// institutions; the mentor pool with their capacity, active mentorships (all, and in this programme),
// professions and current institutions. A mentorship is active while endedOn is null or after today,
// as the import's capacity check counts it.
MATCH (g:Programme {id: $programme})
RETURN g {.crossProfession, .crossInstitution, .maxMenteesPerMentor, .kind} AS rules,
  COLLECT {
    MATCH (p:Person)-[:ENROLLED_IN {as: 'MENTEE'}]->(g)
    WHERE NOT EXISTS { MATCH (p)<-[:MENTEE]-(m:Mentorship)-[:IN_PROGRAMME]->(g)
                       WHERE m.endedOn IS NULL OR m.endedOn > $today }
    RETURN p {.id,
              wants: COLLECT { MATCH (p)-[:WANTS_TO_LEARN]->(s:Skill) RETURN s.id ORDER BY s.id },
              professions: COLLECT { MATCH (p)-[:PRACTISES]->(x:Profession) RETURN x.id },
              institutions: COLLECT { MATCH (p)-[a:AFFILIATED_WITH]->(i:Institution)
                                      WHERE a.to IS NULL OR a.to >= $today RETURN i.id }} AS mentee
    ORDER BY p.id } AS mentees,
  COLLECT {
    MATCH (p:Person)-[:ENROLLED_IN {as: 'MENTOR'}]->(g)
    RETURN p {.id, capacity: coalesce(p.mentoringCapacity, $defaultCapacity),
              active: COUNT { MATCH (p)<-[:MENTOR]-(m:Mentorship) WHERE m.endedOn IS NULL OR m.endedOn > $today },
              inProgramme: COUNT { MATCH (p)<-[:MENTOR]-(m:Mentorship)-[:IN_PROGRAMME]->(g)
                                   WHERE m.endedOn IS NULL OR m.endedOn > $today },
              professions: COLLECT { MATCH (p)-[:PRACTISES]->(x:Profession) RETURN x.id },
              institutions: COLLECT { MATCH (p)-[a:AFFILIATED_WITH]->(i:Institution)
                                      WHERE a.to IS NULL OR a.to >= $today RETURN i.id }} AS mentor
    ORDER BY p.id } AS mentors
