// Enrols a person as MENTOR or MENTEE once: the programme is write-locked first, so two enrolments of the
// same person queue up and the second finds the first. Written with its audit entry; nothing when enrolled.
MATCH (g:Programme {id: $programme})
MATCH (p:Person {id: $person})
SET g._lock = true
REMOVE g._lock
WITH g, p
WHERE NOT EXISTS { MATCH (p)-[:ENROLLED_IN {as: $as}]->(g) }
CREATE (p)-[:ENROLLED_IN {as: $as, since: $now, by: $audit.subject}]->(g)
SET g.updatedAt = $now, g.contentHash = null
CREATE (a:AuditEntry {id: $audit.id, at: $now, operation: $audit.operation, subject: $audit.subject,
                      clientId: $audit.clientId, personId: $audit.personId, status: 'COMPLETED',
                      completedAt: $now, batches: 1, kinds: ['programmes'], created: [0], updated: [1],
                      unchanged: [0], targets: [g.id, p.id]})
RETURN count(*) AS enrolled
