// people(search, first, after): a case-insensitive substring of the name, through the TEXT index on searchName.
MATCH (p:Person)
WHERE p.searchName CONTAINS $search
  AND (p.name > $afterName OR (p.name = $afterName AND p.id > $afterId))
RETURN p {.id, .name, .careerStage, .email, .orcid, .bio, .startedPracticeYear, .mentoringCapacity, .visibility, .createdAt, .updatedAt} AS person
ORDER BY p.name, p.id
LIMIT $limit
