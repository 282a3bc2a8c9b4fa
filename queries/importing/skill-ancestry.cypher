// The stored BROADER edges above the given skills, leaving out edges of skills that the document
// redefines (their lists are replaced), for the no-cycles check.
UNWIND $ids AS id
MATCH (:Skill {id: id})-[:BROADER*0..]->(x:Skill)-[:BROADER]->(y:Skill)
WHERE NOT x.id IN $redefined
RETURN DISTINCT x.id AS skill, y.id AS broader
