// auditTrail: newest first (at, then id, descending), after the cursor's position, within the
// window and for one subject when given.
MATCH (a:AuditEntry)
WHERE a.at >= $since AND a.at <= $until
  AND ($subject IS NULL OR a.subject = $subject)
  AND ($afterAt IS NULL OR a.at < $afterAt OR (a.at = $afterAt AND a.id < $afterId))
RETURN a {.id, .at, .operation, .subject, .clientId, .personId, .status, .kinds, .created, .updated,
          .unchanged, .targets} AS entry
ORDER BY a.at DESC, a.id DESC
LIMIT $limit
