MATCH (p:Person)
USING TEXT INDEX p:Person(searchName)
WHERE p.searchName CONTAINS $search
RETURN count(p) AS total
