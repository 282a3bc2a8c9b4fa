// The fragment person/visible on its own, for its tests.
MATCH (p:Person)
WHERE {{person/visible:p}}
RETURN p.id AS id
ORDER BY id
