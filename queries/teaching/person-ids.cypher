// Every person's id: the in-memory teacher index loads them in batches when it is built whole.
MATCH (p:Person)
RETURN p.id AS id
