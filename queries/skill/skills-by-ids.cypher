UNWIND $ids AS id
MATCH (s:Skill {id: id})
RETURN s {.id, .name, .aliases, .description, .escoUri, .createdAt, .updatedAt} AS skill
