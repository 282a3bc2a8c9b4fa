// The one change a recorded transfer allows: its learner (or an admin, or a recording client acting
// for them) confirms it, with a rating and notes; who confirmed and when are kept beside it, and the
// audit entry is written in the same statement. The import's content hash stays as recorded, so
// re-sending the original record remains a no-op.
MATCH (t:Transfer {id: $id})
SET t.learnerConfirmed = true, t.rating = coalesce($rating, t.rating), t.notes = coalesce($notes, t.notes),
    t.confirmedBy = $audit.subject, t.confirmedAt = $now, t.updatedAt = $now, t.updatedBy = $audit.subject
CREATE (a:AuditEntry {id: $audit.id, at: $now, operation: $audit.operation, subject: $audit.subject,
                      clientId: $audit.clientId, personId: $audit.personId, status: 'COMPLETED',
                      completedAt: $now, batches: 1, kinds: ['transfers'], created: [0], updated: [1],
                      unchanged: [0], targets: [t.id]})
RETURN t.id AS id
