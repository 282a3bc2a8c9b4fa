// communities(first, after): every community of practice in id order, after the cursor's id. $limit is
// one more than the page, to tell whether another follows.
MATCH (c:Community)
WHERE c.id > $after
RETURN c {.id, .name, .description, .createdAt, .updatedAt} AS community
ORDER BY c.id
LIMIT $limit
