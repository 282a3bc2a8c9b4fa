// A person as an import-document person (updateMyProfile states the person whole through the import
// path: the HR facts as stored, the person's own fields as they send them).
MATCH (p:Person {id: $id})
RETURN p {.id, .name, .careerStage, .email, .orcid, .bio, .startedPracticeYear, .mentoringCapacity,
          .visibility} AS person,
       COLLECT {
         MATCH (p)-[:PRACTISES]->(x:Profession) RETURN x.id ORDER BY x.id
       } AS professions,
       COLLECT {
         MATCH (p)-[r:AFFILIATED_WITH]->(x:Institution)
         RETURN {institution: x.id, role: r.role, from: r.from, to: r.to} ORDER BY x.id, r.from
       } AS affiliations,
       COLLECT {
         MATCH (p)-[r:MEMBER_OF]->(x:Community)
         RETURN {community: x.id, from: r.from, to: r.to} ORDER BY x.id, r.from
       } AS communities,
       COLLECT {
         MATCH (p)-[r:HAS_SKILL]->(s:Skill)
         RETURN {skill: s.id, level: r.level, canTeach: r.canTeach} ORDER BY s.id
       } AS skills,
       COLLECT {
         MATCH (p)-[r:WANTS_TO_LEARN]->(s:Skill)
         RETURN {skill: s.id, priority: r.priority} ORDER BY s.id
       } AS wantsToLearn
