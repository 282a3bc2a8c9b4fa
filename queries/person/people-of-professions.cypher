// Profession.people for a whole GraphQL request at once: per profession, its first $limit people by name
// then id.
UNWIND $ids AS id
MATCH (n:Profession {id: id})
UNWIND COLLECT {
  MATCH (n)<-[:PRACTISES]-(p:Person)
  WHERE {{person/visible:p}}
  RETURN DISTINCT p
  ORDER BY p.name, p.id
  LIMIT $limit
} AS p
RETURN id, p {.id, .name, .careerStage, .email, .orcid, .bio, .startedPracticeYear, .mentoringCapacity, .visibility, .createdAt, .updatedAt} AS person
