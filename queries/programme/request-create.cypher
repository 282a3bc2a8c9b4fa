// A new mentorship request, unless the asker has one pending (not expired) to the same person: the asker
// is write-locked first, so the same request sent twice at once creates one. With its audit entry.
MATCH (from:Person {id: $from})
MATCH (to:Person {id: $to})
SET from._lock = true
REMOVE from._lock
WITH from, to
OPTIONAL CALL (from, to) {
  MATCH (from)<-[:FROM]-(r:MentorshipRequest)-[:TO]->(to)
  WHERE r.state = 'PENDING' AND r.expiresAt > $now
  RETURN r.id AS pending
  ORDER BY r.id DESC
  LIMIT 1
}
OPTIONAL CALL (from, to, pending) {
  WITH from, to, pending
  WHERE pending IS NULL
  CREATE (r:MentorshipRequest {id: $request.id, state: 'PENDING', skills: $request.skills, message: $request.message,
                               createdAt: $now, expiresAt: $request.expiresAt, updatedAt: $now,
                               updatedBy: $audit.subject})
  CREATE (r)-[:FROM]->(from), (r)-[:TO]->(to)
  CREATE (a:AuditEntry {id: $audit.id, at: $now, operation: $audit.operation, subject: $audit.subject,
                        clientId: $audit.clientId, personId: $audit.personId, status: 'COMPLETED',
                        completedAt: $now, batches: 1, kinds: ['mentorshipRequests'], created: [1], updated: [0],
                        unchanged: [0], targets: [r.id]})
  RETURN r.id AS created
}
RETURN coalesce(pending, created) AS id
