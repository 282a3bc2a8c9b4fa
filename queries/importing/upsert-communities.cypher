// A community is unchanged only when its content and its FOCUSES_ON links are as stated.
CYPHER replan=skip
UNWIND $rows AS row
MERGE (n:Community {id: row.id})
ON CREATE SET n.createdAt = $now
WITH n, row, n.contentHash IS NULL AS created
WITH n, row, created, CASE WHEN created THEN [] ELSE [(n)-[:FOCUSES_ON]->(s:Skill) | s.id] END AS focus
WHERE created OR n.contentHash <> row.hash OR size(focus) <> size(row.focus)
   OR any(skillId IN row.focus WHERE NOT skillId IN focus)
SET n.name = row.name, n.description = row.description, n.contentHash = row.hash, n.updatedAt = $now, n.updatedBy = $updatedBy
WITH n, row, created
CALL (n) {
  MATCH (n)-[r:FOCUSES_ON]->()
  DELETE r
}
CALL (n, row) {
  UNWIND row.focus AS skillId
  MATCH (s:Skill {id: skillId})
  CREATE (n)-[:FOCUSES_ON]->(s)
}
RETURN [x IN collect(CASE WHEN created THEN row.id END) WHERE x IS NOT NULL] AS created,
       [x IN collect(CASE WHEN NOT created THEN row.id END) WHERE x IS NOT NULL] AS updated
