// Skill.narrower for a whole GraphQL request at once.
UNWIND $ids AS id
MATCH (:Skill {id: id})<-[:BROADER]-(s:Skill)
RETURN id, s {.id, .name, .aliases, .description, .escoUri, .createdAt, .updatedAt} AS skill
ORDER BY s.name, s.id
