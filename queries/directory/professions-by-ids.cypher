UNWIND $ids AS id
MATCH (p:Profession {id: id})
RETURN p {.id, .name, .escoOccupation, .description, .createdAt, .updatedAt} AS profession
