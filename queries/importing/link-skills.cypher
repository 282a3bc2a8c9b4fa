// Adds BROADER links, once their skills are locked and checked for cycles (ImportRepository). MERGE,
// not CREATE: the skill is locked, so a link that another write added meanwhile is not doubled.
CYPHER replan=skip
UNWIND $edges AS edge
MATCH (n:Skill {id: edge.skill})
MATCH (parent:Skill {id: edge.broader})
MERGE (n)-[:BROADER]->(parent)
WITH DISTINCT n
SET n.updatedAt = $now
RETURN collect(n.id) AS changed
