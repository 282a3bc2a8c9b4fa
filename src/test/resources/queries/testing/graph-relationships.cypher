// Every relationship between nodes that are not the schema's own bookkeeping, with its ends
// named by their ids, for comparing graphs.
MATCH (a)-[r]->(b)
WHERE none(label IN labels(a) WHERE label STARTS WITH '__')
RETURN labels(a) AS fromLabels, a.id AS from, type(r) AS type, properties(r) AS properties,
       labels(b) AS toLabels, b.id AS to
