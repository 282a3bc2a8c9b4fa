// Which of the given skills have exactly the broader skills stated (no more, no fewer): the import
// leaves their links alone instead of unlinking and linking them again (unlink-skills, link-skills).
CYPHER replan=skip
UNWIND $rows AS row
MATCH (s:Skill {id: row.id})
WITH row, [(s)-[:BROADER]->(b:Skill) | b.id] AS stored
WHERE size(stored) = size(row.broader) AND all(x IN row.broader WHERE x IN stored)
RETURN collect(row.id) AS unchanged
