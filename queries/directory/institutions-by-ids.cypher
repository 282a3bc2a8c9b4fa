UNWIND $ids AS id
MATCH (i:Institution {id: id})
RETURN i {.id, .name, .kind, .ror, .location, .createdAt, .updatedAt} AS institution
