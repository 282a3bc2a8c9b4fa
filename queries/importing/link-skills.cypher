// Replaces the BROADER edges of skills that were created or changed.
UNWIND $rows AS row
MATCH (n:Skill {id: row.id})
CALL (n) {
  MATCH (n)-[r:BROADER]->()
  DELETE r
}
CALL (n, row) {
  UNWIND row.broader AS parentId
  MATCH (parent:Skill {id: parentId})
  CREATE (n)-[:BROADER]->(parent)
}
RETURN count(n) AS linked
