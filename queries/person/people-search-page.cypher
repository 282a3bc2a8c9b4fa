// people(search, first, after): a case-insensitive substring of the name, through the TEXT index on
// searchName (lower-cased at import), then by name and id after the cursor's position.
MATCH (p:Person)
USING TEXT INDEX p:Person(searchName)
WHERE p.searchName CONTAINS $search
  AND p.name >= $afterName AND (p.name > $afterName OR p.id > $afterId)
  AND {{person/visible:p}}
RETURN p {.id, .name, .careerStage, .email, .orcid, .bio, .startedPracticeYear, .mentoringCapacity, .visibility, .createdAt, .updatedAt} AS person
ORDER BY p.name, p.id
LIMIT $limit
