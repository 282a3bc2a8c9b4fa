// Person.skills for a whole GraphQL request at once; strongest first.
UNWIND $ids AS id
MATCH (:Person {id: id})-[r:HAS_SKILL]->(s:Skill)
RETURN id, s {.id, .name, .aliases, .description, .escoUri, .createdAt, .updatedAt} AS skill, r.level AS level, r.canTeach AS canTeach
ORDER BY r.level DESC, s.name, s.id
