UNWIND $ids AS id
MATCH (c:Community {id: id})
RETURN c {.id, .name, .description, .createdAt, .updatedAt} AS community
