UNWIND $ids AS id
MATCH (t:Transfer {id: id})
MATCH (t)-[:FROM]->(a:Person)
MATCH (t)-[:TO]->(b:Person)
MATCH (t)-[:ABOUT]->(s:Skill)
OPTIONAL MATCH (t)-[:IN]->(m:Mentorship)
RETURN t {.id, .on, .at, .format, .minutes, .rating, .learnerConfirmed, .notes, .direction, .fromStage, .toStage,
          .fromCommunities, .fromProfessions, .fromInstitutions, .toCommunities, .toProfessions, .toInstitutions,
          from: a.id, to: b.id, skill: s.id, mentorship: m.id} AS transfer
