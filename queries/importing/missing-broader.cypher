// The BROADER links that a document states for its skills and the graph does not hold yet.
CYPHER replan=skip
UNWIND $rows AS row
MATCH (n:Skill {id: row.id})
UNWIND row.broader AS parentId
WITH n, parentId
WHERE NOT EXISTS { (n)-[:BROADER]->(:Skill {id: parentId}) }
RETURN n.id AS skill, parentId AS broader
