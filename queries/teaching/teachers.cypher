// What the in-memory teacher index keeps of each person it (re)loads: the people named in $people,
// the mentors of the mentorships in $mentorships and the teachers of the transfers in $transfers.
// The person's own fields come along (as person/people-by-ids reads them), so a ranked answer needs
// no further read. Dates come back as dates; the index compares them with today's date at query time, so a
// mentorship that ends tomorrow stops counting tomorrow without a reload.
CALL () {
  UNWIND $people AS id
  MATCH (p:Person {id: id})
  RETURN p
  UNION
  UNWIND $mentorships AS id
  MATCH (:Mentorship {id: id})-[:MENTOR]->(p:Person)
  RETURN p
  UNION
  UNWIND $transfers AS id
  MATCH (:Transfer {id: id})-[:FROM]->(p:Person)
  RETURN p
}
RETURN p.id AS id, p.name AS name, p.careerStage AS careerStage,
       p {.id, .name, .careerStage, .email, .orcid, .bio, .startedPracticeYear, .mentoringCapacity,
          .visibility, .createdAt, .updatedAt} AS person,
       coalesce(p.visibility, 'NETWORK') AS visibility, coalesce(p.mentoringCapacity, $defaultCapacity) AS capacity,
       p.updatedAt AS version,
       [(p)-[a:AFFILIATED_WITH]->(i:Institution) | [i.id, a.to]] AS affiliations,
       [(p)-[:PRACTISES]->(x:Profession) | x.id] AS professions,
       [(p)-[h:HAS_SKILL]->(s:Skill) WHERE h.canTeach = true | [s.id, h.level]] AS teaches,
       [(m:Mentorship)-[:MENTOR]->(p) | m.endedOn] AS mentoring,
       [(p)<-[:FROM]-(t:Transfer)-[:ABOUT]->(s:Skill) | [s.id, t.on, t.learnerConfirmed, t.rating]] AS taught
