// Mentorships with their people, skills and derived reciprocity (transfers inside ran both ways).
UNWIND $ids AS id
MATCH (m:Mentorship {id: id})
MATCH (m)-[:MENTOR]->(mentor:Person)
MATCH (m)-[:MENTEE]->(mentee:Person)
RETURN m {.id, .direction, .origin, .program, .goals, .startedOn, .endedOn, .mentorStage, .menteeStage,
          mentor: mentor.id, mentee: mentee.id,
          skills: COLLECT { MATCH (m)-[:ABOUT]->(s:Skill) RETURN s.id ORDER BY s.id },
          reciprocal: EXISTS { (mentor)<-[:FROM]-(:Transfer)-[:IN]->(m) }
                      AND EXISTS { (mentee)<-[:FROM]-(:Transfer)-[:IN]->(m) }} AS mentorship
