// Person.wantsToLearn for a whole GraphQL request at once; most wanted first (no priority last).
UNWIND $ids AS id
MATCH (:Person {id: id})-[r:WANTS_TO_LEARN]->(s:Skill)
RETURN id, s {.id, .name, .aliases, .description, .escoUri, .createdAt, .updatedAt} AS skill, r.priority AS priority
ORDER BY r.priority, s.name, s.id
