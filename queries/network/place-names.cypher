// Names of communities, professions or institutions ($level) by id; ids that are not a place of that level
// are left out.
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
