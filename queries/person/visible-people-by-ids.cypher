// People by id as a reader may see them: those the reader may not see are left out, as if absent.
UNWIND $ids AS id
MATCH (p:Person {id: id})
WHERE {{person/visible:p}}
RETURN p {.id, .name, .careerStage, .email, .orcid, .bio, .startedPracticeYear, .mentoringCapacity,
          .visibility, .createdAt, .updatedAt} AS person
