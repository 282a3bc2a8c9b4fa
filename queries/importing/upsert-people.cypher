// A person is stated whole: their lists (skills, affiliations, ...) replace the stored ones.
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
ON CREATE SET p.createdAt = $now
WITH p, row, p.contentHash IS NULL AS created
WHERE created OR p.contentHash <> row.hash
SET p.name = row.name, p.searchName = row.searchName, p.careerStage = row.careerStage, p.email = row.email,
    p.orcid = row.orcid, p.bio = row.bio, p.startedPracticeYear = row.startedPracticeYear,
    p.mentoringCapacity = row.mentoringCapacity, p.visibility = row.visibility,
    p.contentHash = row.hash, p.updatedAt = $now
WITH p, row, created
CALL (p) {
  MATCH (p)-[r:HAS_SKILL|WANTS_TO_LEARN|PRACTISES|AFFILIATED_WITH|MEMBER_OF]->()
  DELETE r
}
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
RETURN [x IN collect(CASE WHEN created THEN row.id END) WHERE x IS NOT NULL] AS created,
       [x IN collect(CASE WHEN NOT created THEN row.id END) WHERE x IS NOT NULL] AS updated
