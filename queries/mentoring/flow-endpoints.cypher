// Names of the communities, professions or institutions at the ends of flows.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Community {id: id})
  WHERE $level = 'COMMUNITY'
  RETURN n
  UNION
  MATCH (n:Profession {id: id})
  WHERE $level = 'PROFESSION'
  RETURN n
  UNION
  MATCH (n:Institution {id: id})
  WHERE $level = 'INSTITUTION'
  RETURN n
}
RETURN n.id AS id, n.name AS name
