MATCH (p:Person)
USING TEXT INDEX p:Person(searchName)
WHERE p.searchName CONTAINS $search AND {{person/visible:p}}
RETURN count(p) AS total
