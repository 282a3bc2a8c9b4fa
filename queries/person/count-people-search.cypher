MATCH (p:Person)
WHERE p.searchName CONTAINS $search
RETURN count(p) AS total
