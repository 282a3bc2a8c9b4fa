// People that the first reading of the document found absent from the graph: created with all
// their links in one statement, without the MERGE and the comparisons of upsert-people (nothing
// is stored to compare with). Should another write have created one of them since, the
// uniqueness constraint fails this statement and the import writes the batch again with
// upsert-people (ImportRepository.write).
CYPHER replan=skip
UNWIND $rows AS row
CREATE (p:Person {id: row.id})
SET p.createdAt = $now, p.name = row.name, p.searchName = row.searchName, p.careerStage = row.careerStage,
    p.email = row.email, p.orcid = row.orcid, p.bio = row.bio, p.startedPracticeYear = row.startedPracticeYear,
    p.mentoringCapacity = row.mentoringCapacity, p.visibility = row.visibility,
    p.contentHash = row.hash, p.updatedAt = $now, p.updatedBy = $updatedBy
WITH p, row
CALL (p, row) {
  UNWIND row.professions AS professionId
  MATCH (x:Profession {id: professionId})
  CREATE (p)-[:PRACTISES]->(x)
}
CALL (p, row) {
  UNWIND row.affiliations AS a
  MATCH (x:Institution {id: a.institution})
  CREATE (p)-[:AFFILIATED_WITH {role: a.role, from: a.from, to: a.to}]->(x)
}
CALL (p, row) {
  UNWIND row.communities AS c
  MATCH (x:Community {id: c.community})
  CREATE (p)-[:MEMBER_OF {from: c.from, to: c.to}]->(x)
}
CALL (p, row) {
  UNWIND row.skills AS s
  MATCH (x:Skill {id: s.skill})
  CREATE (p)-[:HAS_SKILL {level: s.level, canTeach: s.canTeach, updatedAt: $now}]->(x)
}
CALL (p, row) {
  UNWIND row.wantsToLearn AS w
  MATCH (x:Skill {id: w.skill})
  CREATE (p)-[:WANTS_TO_LEARN {priority: w.priority}]->(x)
}
RETURN count(p) AS written
