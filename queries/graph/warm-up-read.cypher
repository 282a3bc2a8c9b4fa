// Planned (EXPLAIN only) right after the embedded database starts: the usual shape of a read.
MATCH (n:__WarmUp)-[:__LINK]->(m)
WHERE n.id IN $ids
RETURN n.id AS id, collect(m.id) AS ids
ORDER BY id
LIMIT 10
