// institutions(first, after): every institution in id order, after the cursor's id (a range seek on the
// id constraint's index). $limit is one more than the page, to tell whether another follows.
MATCH (i:Institution)
WHERE i.id > $after
RETURN i {.id, .name, .kind, .ror, .location, .createdAt, .updatedAt} AS institution
ORDER BY i.id
LIMIT $limit
