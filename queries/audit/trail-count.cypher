// auditTrail's totalCount: the entries of the window (and subject), whatever the page.
MATCH (a:AuditEntry)
WHERE a.at >= $since AND a.at <= $until
  AND ($subject IS NULL OR a.subject = $subject)
RETURN count(a) AS total
