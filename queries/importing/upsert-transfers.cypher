// A transfer keeps, as id lists (fromCommunities, ..., toProfessions), the communities,
// institutions and professions each side had on its date, so later moves do not rewrite history.
// (Until schema version 17 it also kept them as FROM_CONTEXT / TO_CONTEXT edges, which nothing
// read and which were half the relationships of a large store; V0017 removed them.)
// A transfer that is recorded already is never written again: `conflicts` lists those the document
// states with other content, and the import rolls their transaction back.
CYPHER replan=skip
UNWIND $rows AS row
MATCH (teacher:Person {id: row.from})
MATCH (learner:Person {id: row.to})
MATCH (skill:Skill {id: row.skill})
MERGE (t:Transfer {id: row.id})
ON CREATE SET t.createdAt = $now
WITH t, row, teacher, learner, skill, t.contentHash IS NULL AS created
// A recorded transfer never changes. Its lock is taken before its content is compared: of two
// writes racing to record one id with different content, the second waits for the first (the
// uniqueness constraint holds it at MERGE, the lock here) and then sees the first's content.
SET t._lock = true
REMOVE t._lock
WITH t, row, teacher, learner, skill, created, NOT created AND t.contentHash <> row.hash AS conflict
CALL (t, row, teacher, learner, skill, created) {
  WITH t, row, teacher, learner, skill
  WHERE created
  SET t.on = row.on, t.at = row.at, t.format = row.format, t.minutes = row.minutes, t.rating = row.rating,
      t.learnerConfirmed = row.learnerConfirmed, t.notes = row.notes,
      t.fromStage = teacher.careerStage, t.toStage = learner.careerStage,
      t.direction = CASE
        WHEN $ranks[teacher.careerStage] < $ranks[learner.careerStage] THEN 'REVERSE'
        WHEN $ranks[teacher.careerStage] = $ranks[learner.careerStage] THEN 'PEER'
        ELSE 'TRADITIONAL' END,
      t.contentHash = row.hash, t.updatedAt = $now, t.updatedBy = $updatedBy
  CREATE (t)-[:FROM]->(teacher)
  CREATE (t)-[:TO]->(learner)
  CREATE (t)-[:ABOUT]->(skill)
  WITH t, row, teacher, learner
  CALL (t, row) {
    MATCH (m:Mentorship {id: row.mentorship})
    CREATE (t)-[:IN]->(m)
  }
  CALL (t, row, teacher) {
    OPTIONAL MATCH (teacher)-[r:MEMBER_OF|AFFILIATED_WITH]->(place)
    WHERE (r.from IS NULL OR r.from <= row.on) AND (r.to IS NULL OR r.to >= row.on)
    OPTIONAL MATCH (teacher)-[:PRACTISES]->(profession)
    WITH collect(DISTINCT place) + collect(DISTINCT profession) AS contexts
    SET t.fromCommunities = [c IN contexts WHERE c:Community | c.id],
        t.fromInstitutions = [c IN contexts WHERE c:Institution | c.id],
        t.fromProfessions = [c IN contexts WHERE c:Profession | c.id]
  }
  CALL (t, row, learner) {
    OPTIONAL MATCH (learner)-[r:MEMBER_OF|AFFILIATED_WITH]->(place)
    WHERE (r.from IS NULL OR r.from <= row.on) AND (r.to IS NULL OR r.to >= row.on)
    OPTIONAL MATCH (learner)-[:PRACTISES]->(profession)
    WITH collect(DISTINCT place) + collect(DISTINCT profession) AS contexts
    SET t.toCommunities = [c IN contexts WHERE c:Community | c.id],
        t.toInstitutions = [c IN contexts WHERE c:Institution | c.id],
        t.toProfessions = [c IN contexts WHERE c:Profession | c.id]
  }
}
RETURN [x IN collect(CASE WHEN created THEN row.id END) WHERE x IS NOT NULL] AS created,
       [] AS updated,
       [x IN collect(CASE WHEN conflict THEN row.id END) WHERE x IS NOT NULL] AS conflicts
