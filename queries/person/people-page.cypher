// people(first, after) without a search: everyone, by name then id, after the cursor's position.
// The first condition is a range seek on the name index, which also yields the name order.
MATCH (p:Person)
WHERE p.name >= $afterName AND (p.name > $afterName OR p.id > $afterId)
  AND {{person/visible:p}}
RETURN p {.id, .name, .careerStage, .email, .orcid, .bio, .startedPracticeYear, .mentoringCapacity, .visibility, .createdAt, .updatedAt} AS person
ORDER BY p.name, p.id
LIMIT $limit
