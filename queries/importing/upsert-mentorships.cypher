// direction is fixed from the two career stages when the mentorship is written.
UNWIND $rows AS row
MATCH (mentor:Person {id: row.mentor})
MATCH (mentee:Person {id: row.mentee})
MERGE (m:Mentorship {id: row.id})
ON CREATE SET m.createdAt = $now
WITH m, row, mentor, mentee, m.contentHash IS NULL AS created
WHERE created OR m.contentHash <> row.hash
SET m.startedOn = row.startedOn, m.endedOn = row.endedOn, m.origin = row.origin, m.program = row.program,
    m.goals = row.goals, m.mentorStage = mentor.careerStage, m.menteeStage = mentee.careerStage,
    m.direction = CASE
      WHEN $ranks[mentor.careerStage] < $ranks[mentee.careerStage] THEN 'REVERSE'
      WHEN $ranks[mentor.careerStage] = $ranks[mentee.careerStage] THEN 'PEER'
      ELSE 'TRADITIONAL' END,
    m.contentHash = row.hash, m.updatedAt = $now
WITH m, row, mentor, mentee, created
CALL (m) {
  MATCH (m)-[r:MENTOR|MENTEE|ABOUT]->()
  DELETE r
}
CREATE (m)-[:MENTOR]->(mentor)
CREATE (m)-[:MENTEE]->(mentee)
WITH m, row, created
CALL (m, row) {
  UNWIND row.skills AS skillId
  MATCH (s:Skill {id: skillId})
  CREATE (m)-[:ABOUT]->(s)
}
RETURN [x IN collect(CASE WHEN created THEN row.id END) WHERE x IS NOT NULL] AS created,
       [x IN collect(CASE WHEN NOT created THEN row.id END) WHERE x IS NOT NULL] AS updated
