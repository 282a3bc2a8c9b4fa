// Answers a pending, unexpired request (ACCEPTED with its mentorship, DECLINED or WITHDRAWN), with its audit
// entry. No row when it was no longer pending: the caller reads it again and says why.
MATCH (r:MentorshipRequest {id: $id})
WHERE r.state = 'PENDING' AND r.expiresAt > $now
SET r.state = $state, r.respondedAt = $now, r.note = $note, r.mentorship = $mentorship, r.updatedAt = $now,
    r.updatedBy = $audit.subject
CREATE (a:AuditEntry {id: $audit.id, at: $now, operation: $audit.operation, subject: $audit.subject,
                      clientId: $audit.clientId, personId: $audit.personId, status: 'COMPLETED',
                      completedAt: $now, batches: 1, kinds: ['mentorshipRequests'], created: [0], updated: [1],
                      unchanged: [0], targets: [r.id]})
RETURN r.id AS id
