// Mentorships the reader may read, with their people, skills and derived reciprocity (transfers inside ran both ways).
// A side is a Person, or an ErasedPerson once that person was erased (person/erase).
UNWIND $ids AS id
MATCH (m:Mentorship {id: id})
WHERE {{mentoring/readable-mentorship:m}}
MATCH (m)-[:MENTOR]->(mentor)
MATCH (m)-[:MENTEE]->(mentee)
RETURN m {.id, .direction, .origin, .program, .goals, .startedOn, .endedOn, .mentorStage, .menteeStage,
          mentor: mentor.id, mentee: mentee.id,
          skills: COLLECT { MATCH (m)-[:ABOUT]->(s:Skill) RETURN s.id ORDER BY s.id },
          reciprocal: EXISTS { (mentor)<-[:FROM]-(:Transfer)-[:IN]->(m) }
                      AND EXISTS { (mentee)<-[:FROM]-(:Transfer)-[:IN]->(m) }} AS mentorship
