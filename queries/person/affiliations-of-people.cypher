// Person.affiliations for a whole GraphQL request at once; current ones first, then the most recent.
UNWIND $ids AS id
MATCH (:Person {id: id})-[r:AFFILIATED_WITH]->(x:Institution)
RETURN id, x {.id, .name, .kind, .ror, .location, .createdAt, .updatedAt} AS institution, r.role AS role,
       r.from AS from, r.to AS to
ORDER BY r.to IS NOT NULL, r.to DESC, r.from DESC, x.name
