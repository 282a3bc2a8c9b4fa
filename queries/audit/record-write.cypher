// The audit entry of a write, run inside the write's own transaction. An import writes in batches:
// its first batch creates the entry (MERGE), later batches only count, and audit/complete ends it.
MERGE (a:AuditEntry {id: $audit.id})
ON CREATE SET a.at = $now, a.operation = $audit.operation, a.subject = $audit.subject,
              a.clientId = $audit.clientId, a.personId = $audit.personId, a.status = 'WRITING', a.batches = 0
SET a.batches = a.batches + 1
