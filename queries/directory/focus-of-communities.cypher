// Community.focus for a whole GraphQL request at once.
UNWIND $ids AS id
MATCH (:Community {id: id})-[:FOCUSES_ON]->(s:Skill)
RETURN id, s {.id, .name, .aliases, .description, .escoUri, .createdAt, .updatedAt} AS skill
ORDER BY s.name, s.id
