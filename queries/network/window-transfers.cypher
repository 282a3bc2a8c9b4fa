// The transfers of a window (since and until inclusive, each open when null) with what the coordinator's
// network counts: day, both people (a Person, or an ErasedPerson once erased), skill, direction, the
// mentorship it happened in and the time-of-event contexts of both sides (as the flow index reads them).
MATCH (t:Transfer)
WHERE ($since IS NULL OR t.on >= $since) AND ($until IS NULL OR t.on <= $until)
MATCH (t)-[:FROM]->(a)
MATCH (t)-[:TO]->(b)
MATCH (t)-[:ABOUT]->(s:Skill)
OPTIONAL MATCH (t)-[:IN]->(m:Mentorship)
RETURN t.on AS on, a.id AS from, b.id AS to, s.id AS skill, t.direction AS direction, m.id AS mentorship,
       coalesce(t.fromCommunities, []) AS fromCommunities, coalesce(t.toCommunities, []) AS toCommunities,
       coalesce(t.fromProfessions, []) AS fromProfessions, coalesce(t.toProfessions, []) AS toProfessions,
       coalesce(t.fromInstitutions, []) AS fromInstitutions, coalesce(t.toInstitutions, []) AS toInstitutions
