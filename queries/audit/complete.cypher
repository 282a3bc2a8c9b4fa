// Ends an import's audit entry with what it wrote: per kind, created / updated / unchanged, and the
// ids created or changed (the first $maxTargets of them).
MATCH (a:AuditEntry {id: $id})
SET a.status = $status, a.completedAt = $now, a.kinds = $kinds, a.created = $created,
    a.updated = $updated, a.unchanged = $unchanged, a.targets = $targets
