// professions(first, after): every profession in id order, after the cursor's id. $limit is one more
// than the page, to tell whether another follows.
MATCH (p:Profession)
WHERE p.id > $after
RETURN p {.id, .name, .escoOccupation, .description, .createdAt, .updatedAt} AS profession
ORDER BY p.id
LIMIT $limit
