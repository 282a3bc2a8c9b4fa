// Keeps a proposed plan (pairs and unmatched as JSON text: a plan is a snapshot, read whole) in place of the
// programme's previous pending plan, with the audit entry.
MATCH (g:Programme {id: $programme})
CALL (g) {
  MATCH (old:AssignmentPlan)-[:FOR]->(g)
  WHERE old.publishedAt IS NULL
  DETACH DELETE old
}
CREATE (a:AssignmentPlan {id: $plan.id, createdAt: $now, createdBy: $audit.subject, totalScore: $plan.totalScore,
                          optimal: $plan.optimal, pairs: $plan.pairs, unmatched: $plan.unmatched})-[:FOR]->(g)
CREATE (e:AuditEntry {id: $audit.id, at: $now, operation: $audit.operation, subject: $audit.subject,
                      clientId: $audit.clientId, personId: $audit.personId, status: 'COMPLETED',
                      completedAt: $now, batches: 1, kinds: ['assignmentPlans'], created: [1], updated: [0],
                      unchanged: [0], targets: [a.id, g.id]})
RETURN a.id AS id
