// Programmes of the import document (issue 16): content, institutions (RUN_BY), coordinators
// (COORDINATED_BY) and the people enrolled (ENROLLED_IN {as}) as stated, which replace the stored ones.
// A programme is unchanged only when its content hash is (the hash covers every list); the GraphQL writes
// clear the hash, so the next import states the programme again.
CYPHER replan=skip
UNWIND $rows AS row
MERGE (g:Programme {id: row.id})
ON CREATE SET g.createdAt = $now
WITH g, row, g.createdAt = $now AS created
WHERE created OR g.contentHash IS NULL OR g.contentHash <> row.hash
SET g.name = row.name, g.kind = row.kind, g.crossProfession = row.crossProfession,
    g.crossInstitution = row.crossInstitution, g.maxMenteesPerMentor = row.maxMenteesPerMentor,
    g.contentHash = row.hash, g.updatedAt = $now, g.updatedBy = $updatedBy
WITH g, row, created
CALL (g) {
  MATCH (g)-[r:RUN_BY|COORDINATED_BY]->()
  DELETE r
}
CALL (g) {
  MATCH (:Person)-[r:ENROLLED_IN]->(g)
  DELETE r
}
CALL (g, row) {
  UNWIND row.institutions AS institutionId
  MATCH (i:Institution {id: institutionId})
  CREATE (g)-[:RUN_BY]->(i)
}
CALL (g, row) {
  UNWIND row.coordinators AS personId
  MATCH (c:Person {id: personId})
  CREATE (g)-[:COORDINATED_BY]->(c)
}
CALL (g, row) {
  UNWIND row.mentors AS personId
  MATCH (p:Person {id: personId})
  CREATE (p)-[:ENROLLED_IN {as: 'MENTOR', since: $now, by: $updatedBy}]->(g)
}
CALL (g, row) {
  UNWIND row.mentees AS personId
  MATCH (p:Person {id: personId})
  CREATE (p)-[:ENROLLED_IN {as: 'MENTEE', since: $now, by: $updatedBy}]->(g)
}
CALL (g) {
  MATCH (m:Mentorship {program: g.id})
  MERGE (m)-[:IN_PROGRAMME]->(g)
}
RETURN [x IN collect(CASE WHEN created THEN row.id END) WHERE x IS NOT NULL] AS created,
       [x IN collect(CASE WHEN NOT created THEN row.id END) WHERE x IS NOT NULL] AS updated
