// professions(first, after): by name then id, after the cursor's position (one more than asked
// tells whether another page follows).
MATCH (p:Profession)
WHERE p.name > $afterName OR (p.name = $afterName AND p.id > $afterId)
RETURN p {.id, .name, .escoOccupation, .description, .createdAt, .updatedAt} AS item
ORDER BY p.name, p.id
LIMIT $limit
