// What the flow index keeps of each transfer written after $after (all when $after is null):
// its day, people (a Person, or an ErasedPerson once erased: the same count), skill and the time-of-event context snapshots of both sides.
MATCH (t:Transfer)
WHERE $after IS NULL OR t.createdAt > $after
MATCH (t)-[:FROM]->(a)
MATCH (t)-[:TO]->(b)
MATCH (t)-[:ABOUT]->(s:Skill)
RETURN t.createdAt AS createdAt, t.on AS on, a.id AS from, b.id AS to, s.id AS skill,
       coalesce(t.fromCommunities, []) AS fromCommunities, coalesce(t.toCommunities, []) AS toCommunities,
       coalesce(t.fromProfessions, []) AS fromProfessions, coalesce(t.toProfessions, []) AS toProfessions,
       coalesce(t.fromInstitutions, []) AS fromInstitutions, coalesce(t.toInstitutions, []) AS toInstitutions
