// Adds BROADER links, once their skills are locked and checked for cycles (ImportRepository). The
// link is looked for again here, under the lock: another import (a concurrent re-send of the same
// document) may have added it since this one read what was missing, and then it is neither doubled
// nor counted as this import's update.
CYPHER replan=skip
UNWIND $edges AS edge
MATCH (n:Skill {id: edge.skill})
MATCH (parent:Skill {id: edge.broader})
WHERE NOT EXISTS { (n)-[:BROADER]->(parent) }
CREATE (n)-[:BROADER]->(parent)
WITH DISTINCT n
SET n.updatedAt = $now
RETURN collect(n.id) AS changed
