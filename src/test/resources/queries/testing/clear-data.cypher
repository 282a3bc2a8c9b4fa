MATCH (n)
WHERE NOT n:__SchemaMigration
DETACH DELETE n
