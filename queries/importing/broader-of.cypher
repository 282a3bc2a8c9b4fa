// The broader skills of some skills, one level up: the cycle check reads the taxonomy above the
// skills it links a level at a time, locking each level before reading its links.
CYPHER replan=skip
UNWIND $ids AS id
MATCH (:Skill {id: id})-[:BROADER]->(parent:Skill)
RETURN id AS skill, collect(parent.id) AS broader
