MATCH (n)
WHERE NOT n:__SchemaMigration
RETURN count(n) AS nodes
