UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p {.id, .name, .careerStage, .email, .orcid, .bio, .startedPracticeYear, .mentoringCapacity,
          .visibility, .createdAt, .updatedAt} AS person
