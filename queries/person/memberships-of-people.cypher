// Person.communities for a whole GraphQL request at once; current ones first.
UNWIND $ids AS id
MATCH (:Person {id: id})-[r:MEMBER_OF]->(x:Community)
RETURN id, x {.id, .name, .description, .createdAt, .updatedAt} AS community, r.from AS from, r.to AS to
ORDER BY r.to IS NOT NULL, r.to DESC, r.from DESC, x.name
