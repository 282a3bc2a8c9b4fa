// Skill.communities for a whole GraphQL request at once: the communities that focus on each skill.
UNWIND $ids AS id
MATCH (:Skill {id: id})<-[:FOCUSES_ON]-(c:Community)
RETURN id, c {.id, .name, .description, .createdAt, .updatedAt} AS community
ORDER BY c.name, c.id
