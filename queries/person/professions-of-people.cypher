// Person.professions for a whole GraphQL request at once.
UNWIND $ids AS id
MATCH (:Person {id: id})-[:PRACTISES]->(x:Profession)
RETURN id, x {.id, .name, .escoOccupation, .description, .createdAt, .updatedAt} AS profession
ORDER BY x.name, x.id
