// Removes the BROADER links that a document no longer states for its skills. Every removal comes
// before the links the document adds (link-skills), so no state in between closes a cycle that
// the document's own taxonomy does not have.
CYPHER replan=skip
UNWIND $rows AS row
MATCH (n:Skill {id: row.id})-[r:BROADER]->(x:Skill)
WHERE NOT x.id IN row.broader
DELETE r
WITH DISTINCT n
SET n.updatedAt = $now
RETURN collect(n.id) AS changed
