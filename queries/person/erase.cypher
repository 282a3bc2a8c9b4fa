// erasePerson: the person and their personal data go in one transaction. Their transfers and
// mentorships stay, pointing at an anonymous ErasedPerson node (not a Person: no list, search or count
// finds it) with a new id, so flows, research counts and other people's evidence do not change and
// the export gives their rows a new stable pseudonym. What the transfers and mentorships recorded of
// the time of the event (stages, contexts) stays; free text that may name them (notes, goals) and who
// confirmed go, and so do their mentorship requests. Active mentorships end today. The person's audit
// entries keep the anonymous id only.
// The audit entry of the erasure is written in the same statement.
MATCH (p:Person {id: $id})
CREATE (e:ErasedPerson {id: $anonymous, erasedAt: $now})
WITH p, e
CALL (p, e) {
  MATCH (t:Transfer)-[r:FROM]->(p)
  CREATE (t)-[:FROM]->(e)
  SET t.notes = null, t.confirmedBy = null, t.updatedBy = null
  DELETE r
}
CALL (p, e) {
  MATCH (t:Transfer)-[r:TO]->(p)
  CREATE (t)-[:TO]->(e)
  SET t.notes = null, t.confirmedBy = null, t.updatedBy = null
  DELETE r
}
CALL (p, e) {
  MATCH (m:Mentorship)-[r:MENTOR|MENTEE]->(p)
  WITH m, r, type(r) AS side
  SET m.goals = null, m.updatedBy = null,
      m.endedOn = CASE WHEN m.endedOn IS NULL OR m.endedOn > date() THEN date() ELSE m.endedOn END
  FOREACH (x IN CASE WHEN side = 'MENTOR' THEN [1] ELSE [] END | CREATE (m)-[:MENTOR]->(e))
  FOREACH (x IN CASE WHEN side = 'MENTEE' THEN [1] ELSE [] END | CREATE (m)-[:MENTEE]->(e))
  DELETE r
}
CALL (p, e) {
  MATCH (a:AuditEntry)
  WHERE a.personId = p.id
  SET a.personId = e.id, a.subject = e.id
}
CALL (p, e) {
  MATCH (a:AuditEntry)
  WHERE p.id IN coalesce(a.targets, [])
  SET a.targets = [x IN a.targets | CASE WHEN x = p.id THEN e.id ELSE x END]
}
CALL (p) {
  // Their mentorship requests, sent or received, are personal messages: they go with them.
  MATCH (q:MentorshipRequest)-[:FROM|TO]->(p)
  DETACH DELETE q
}
DETACH DELETE p
CREATE (:AuditEntry {id: $audit.id, at: $now, operation: $audit.operation, subject: $audit.subject,
                     clientId: $audit.clientId, personId: $audit.personId, status: 'COMPLETED',
                     completedAt: $now, batches: 1, kinds: ['people'], created: [0], updated: [1],
                     unchanged: [0], targets: [$anonymous]})
RETURN $anonymous AS anonymous
