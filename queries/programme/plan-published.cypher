// Marks a plan published once its mentorships are written (the import recorded that write's audit entry).
MATCH (a:AssignmentPlan {id: $id})
SET a.publishedAt = coalesce(a.publishedAt, $now), a.publishedBy = coalesce(a.publishedBy, $subject)
RETURN a.publishedAt AS publishedAt
