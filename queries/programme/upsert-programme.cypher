// Creates or restates a programme with its institutions (RUN_BY) and coordinators (COORDINATED_BY), links
// the mentorships that already name it (Mentorship.program), and records the audit entry, in one statement.
MERGE (g:Programme {id: $programme.id})
ON CREATE SET g.createdAt = $now
WITH g, g.updatedAt IS NULL AS created
SET g.name = $programme.name, g.kind = $programme.kind, g.crossProfession = $programme.crossProfession,
    g.crossInstitution = $programme.crossInstitution, g.maxMenteesPerMentor = $programme.maxMenteesPerMentor,
    g.updatedAt = $now, g.updatedBy = $audit.subject, g.contentHash = null
WITH g, created
CALL (g) {
  MATCH (g)-[r:RUN_BY|COORDINATED_BY]->()
  DELETE r
}
CALL (g) {
  UNWIND $programme.institutions AS institutionId
  MATCH (i:Institution {id: institutionId})
  CREATE (g)-[:RUN_BY]->(i)
}
CALL (g) {
  UNWIND $programme.coordinators AS personId
  MATCH (c:Person {id: personId})
  CREATE (g)-[:COORDINATED_BY]->(c)
}
CALL (g) {
  MATCH (m:Mentorship {program: g.id})
  MERGE (m)-[:IN_PROGRAMME]->(g)
}
CREATE (a:AuditEntry {id: $audit.id, at: $now, operation: $audit.operation, subject: $audit.subject,
                      clientId: $audit.clientId, personId: $audit.personId, status: 'COMPLETED',
                      completedAt: $now, batches: 1, kinds: ['programmes'],
                      created: [CASE WHEN created THEN 1 ELSE 0 END], updated: [CASE WHEN created THEN 0 ELSE 1 END],
                      unchanged: [0], targets: [g.id]})
RETURN g.id AS id
