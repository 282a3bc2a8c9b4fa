// Community.members for a whole GraphQL request at once: per community, its first $limit people by name
// then id (someone who rejoined appears once).
UNWIND $ids AS id
MATCH (n:Community {id: id})
UNWIND COLLECT {
  MATCH (n)<-[:MEMBER_OF]-(p:Person)
  WHERE {{person/visible:p}}
  RETURN DISTINCT p
  ORDER BY p.name, p.id
  LIMIT $limit
} AS p
RETURN id, p {.id, .name, .careerStage, .email, .orcid, .bio, .startedPracticeYear, .mentoringCapacity, .visibility, .createdAt, .updatedAt} AS person
