// Every node but the schema's own bookkeeping (labels starting with __), for comparing graphs.
MATCH (n)
WHERE none(label IN labels(n) WHERE label STARTS WITH '__')
RETURN labels(n) AS labels, properties(n) AS properties
