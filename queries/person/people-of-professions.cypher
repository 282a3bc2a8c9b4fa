// Profession.people for a whole GraphQL request at once.
UNWIND $ids AS id
MATCH (:Profession {id: id})<-[:PRACTISES]-(p:Person)
WHERE {{person/visible:p}}
WITH DISTINCT id, p
RETURN id, p {.id, .name, .careerStage, .email, .orcid, .bio, .startedPracticeYear, .mentoringCapacity, .visibility, .createdAt, .updatedAt} AS person
ORDER BY p.name, p.id
