// people(first, after) without a search: everyone, by name then id, after the cursor's position.
MATCH (p:Person)
WHERE p.name > $afterName OR (p.name = $afterName AND p.id > $afterId)
RETURN p {.id, .name, .careerStage, .email, .orcid, .bio, .startedPracticeYear, .mentoringCapacity, .visibility, .createdAt, .updatedAt} AS person
ORDER BY p.name, p.id
LIMIT $limit
