// Takes a person out of a programme's pool or cohort (their mentorships stay), with the audit entry;
// nothing when they were not enrolled so.
MATCH (p:Person {id: $person})-[e:ENROLLED_IN {as: $as}]->(g:Programme {id: $programme})
DELETE e
SET g.updatedAt = $now, g.contentHash = null
CREATE (a:AuditEntry {id: $audit.id, at: $now, operation: $audit.operation, subject: $audit.subject,
                      clientId: $audit.clientId, personId: $audit.personId, status: 'COMPLETED',
                      completedAt: $now, batches: 1, kinds: ['programmes'], created: [0], updated: [1],
                      unchanged: [0], targets: [g.id, p.id]})
RETURN count(*) AS unenrolled
