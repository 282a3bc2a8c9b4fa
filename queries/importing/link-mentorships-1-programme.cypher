// A mentorship belongs to the programme its `program` names, when that programme is recorded
// (upsertProgramme links the mentorships imported before it). Restating a mentorship restates the link.
CYPHER replan=skip
UNWIND $rows AS row
MATCH (m:Mentorship {id: row.id})
CALL (m) {
  MATCH (m)-[old:IN_PROGRAMME]->()
  DELETE old
}
WITH m, row
MATCH (g:Programme {id: row.program})
MERGE (m)-[:IN_PROGRAMME]->(g)
