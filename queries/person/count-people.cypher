// Only the people the reader may see count.
MATCH (p:Person)
WHERE {{person/visible:p}}
RETURN count(p) AS total
