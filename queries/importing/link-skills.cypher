// Adds BROADER links, once their skills are locked and checked for cycles (ImportRepository).
UNWIND $edges AS edge
MATCH (n:Skill {id: edge.skill})
MATCH (parent:Skill {id: edge.broader})
CREATE (n)-[:BROADER]->(parent)
WITH DISTINCT n
SET n.updatedAt = $now
RETURN collect(n.id) AS changed
