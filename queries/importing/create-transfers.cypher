// Transfers that the first reading of the document found unrecorded: created as upsert-transfers
// creates them, without its MERGE, lock and comparison (see create-people.cypher for a transfer
// recorded by another write meanwhile: the batch is written again with upsert-transfers, which
// reports it as a conflict or leaves it as it is).
CYPHER replan=skip
UNWIND $rows AS row
MATCH (teacher:Person {id: row.from})
MATCH (learner:Person {id: row.to})
MATCH (skill:Skill {id: row.skill})
CREATE (t:Transfer {id: row.id})
SET t.createdAt = $now, t.on = row.on, t.at = row.at, t.format = row.format, t.minutes = row.minutes,
    t.rating = row.rating, t.learnerConfirmed = row.learnerConfirmed, t.notes = row.notes,
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
RETURN count(t) AS written
