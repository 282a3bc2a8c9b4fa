// Community.members for a whole GraphQL request at once (someone who rejoined appears once).
UNWIND $ids AS id
MATCH (:Community {id: id})<-[:MEMBER_OF]-(p:Person)
WHERE {{person/visible:p}}
WITH DISTINCT id, p
RETURN id, p {.id, .name, .careerStage, .email, .orcid, .bio, .startedPracticeYear, .mentoringCapacity, .visibility, .createdAt, .updatedAt} AS person
ORDER BY p.name, p.id
