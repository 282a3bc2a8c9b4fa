// A side is a Person, or an ErasedPerson once that person was erased (person/erase).
UNWIND $ids AS id
MATCH (t:Transfer {id: id})
WHERE {{mentoring/readable-transfer:t}}
MATCH (t)-[:FROM]->(a)
MATCH (t)-[:TO]->(b)
MATCH (t)-[:ABOUT]->(s:Skill)
OPTIONAL MATCH (t)-[:IN]->(m:Mentorship)
RETURN t {.id, .on, .at, .format, .minutes, .rating, .learnerConfirmed, .notes, .direction, .fromStage, .toStage,
          .fromCommunities, .fromProfessions, .fromInstitutions, .toCommunities, .toProfessions, .toInstitutions,
          from: a.id, to: b.id, skill: s.id, mentorship: m.id} AS transfer
