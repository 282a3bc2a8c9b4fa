// Institution.people for a whole GraphQL request at once: per institution, its first $limit people by name
// then id (someone affiliated twice appears once).
UNWIND $ids AS id
MATCH (n:Institution {id: id})
UNWIND COLLECT {
  MATCH (n)<-[:AFFILIATED_WITH]-(p:Person)
  WHERE {{person/visible:p}}
  RETURN DISTINCT p
  ORDER BY p.name, p.id
  LIMIT $limit
} AS p
RETURN id, p {.id, .name, .careerStage, .email, .orcid, .bio, .startedPracticeYear, .mentoringCapacity, .visibility, .createdAt, .updatedAt} AS person
