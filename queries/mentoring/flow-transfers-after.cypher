// What the flow index keeps of each transfer written after $after, as flow-transfers reads every one: a
// separate query so the createdAt range index is sought (a disjunction with "$after IS NULL" scans them all),
// with a hint: an import stamps a whole batch with one moment, so the index's statistics say every transfer is
// in the range and the planner would rather scan the skills and expand to every transfer.
// its day, people (a Person, or an ErasedPerson once erased: the same count), skill, the time-of-event context
// snapshots of both sides, its direction, and the mentorship it happened in with that mentorship's mentor and
// mentee (so the index can tell which mentorships are reciprocal: transfers inside ran both ways).
MATCH (t:Transfer)
USING INDEX t:Transfer(createdAt)
WHERE t.createdAt > $after
MATCH (t)-[:FROM]->(a)
MATCH (t)-[:TO]->(b)
MATCH (t)-[:ABOUT]->(s:Skill)
OPTIONAL MATCH (t)-[:IN]->(m:Mentorship)
RETURN t.createdAt AS createdAt, t.on AS on, a.id AS from, b.id AS to, s.id AS skill,
       coalesce(t.fromCommunities, []) AS fromCommunities, coalesce(t.toCommunities, []) AS toCommunities,
       coalesce(t.fromProfessions, []) AS fromProfessions, coalesce(t.toProfessions, []) AS toProfessions,
       coalesce(t.fromInstitutions, []) AS fromInstitutions, coalesce(t.toInstitutions, []) AS toInstitutions,
       t.direction AS direction, m.id AS mentorship,
       CASE WHEN m IS NULL THEN null ELSE [(m)-[:MENTOR]->(x) | x.id][0] END AS mentor,
       CASE WHEN m IS NULL THEN null ELSE [(m)-[:MENTEE]->(x) | x.id][0] END AS mentee
