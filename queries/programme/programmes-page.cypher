// programmes(first, after): programme ids in id order after the cursor's id.
MATCH (g:Programme)
WHERE g.id > $after
RETURN g.id AS id
ORDER BY g.id
LIMIT $limit
