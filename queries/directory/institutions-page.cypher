// institutions(first, after): by name then id, after the cursor's position (one more than asked
// tells whether another page follows).
MATCH (i:Institution)
WHERE i.name > $afterName OR (i.name = $afterName AND i.id > $afterId)
RETURN i {.id, .name, .kind, .ror, .location, .createdAt, .updatedAt} AS item
ORDER BY i.name, i.id
LIMIT $limit
