// The people of an HR feed (CSV): only the facts HR owns are written (name, e-mail, career stage,
// professions when the feed has that column, and the affiliation with the row's institution); a
// person's skills, wishes, memberships, capacity and visibility are left as they are. The row's
// affiliation is their current one with that institution: an affiliation with it that has not
// ended by the feed's date takes the row's role and start, or a new one is added. A person is
// unchanged when all of that is already as the row states it. contentHash 'hr-feed' tells the
// JSON import that the person no longer matches any document, so a document naming them rewrites them.
CYPHER replan=skip
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
ON CREATE SET p.createdAt = $now, p.mentoringCapacity = $defaultCapacity, p.visibility = 'NETWORK'
WITH p, row, p.contentHash IS NULL AS created
WITH p, row, created,
     CASE WHEN row.professions IS NULL OR created THEN [] ELSE [(p)-[:PRACTISES]->(x:Profession) | x.id] END AS professions,
     CASE WHEN row.institution IS NULL THEN [] ELSE COLLECT {
       MATCH (p)-[r:AFFILIATED_WITH]->(:Institution {id: row.institution})
       WHERE r.to IS NULL OR r.to > $feedDate
       RETURN r ORDER BY r.from DESC
     } END AS open
WITH p, row, created, professions, open,
     row.institution IS NOT NULL
       AND NOT any(r IN open WHERE r.to IS NULL AND coalesce(r.role, '') = coalesce(row.role, '')
                               AND coalesce(toString(r.from), '') = coalesce(toString(row.from), '')) AS affiliate
WHERE created OR affiliate OR p.name <> row.name OR p.careerStage <> row.careerStage
   OR coalesce(p.email, '') <> coalesce(row.email, '')
   OR (row.professions IS NOT NULL
       AND (size(professions) <> size(row.professions) OR any(x IN row.professions WHERE NOT x IN professions)))
SET p.name = row.name, p.searchName = row.searchName, p.careerStage = row.careerStage, p.email = row.email,
    p.contentHash = 'hr-feed', p.updatedAt = $now
WITH p, row, created, open, affiliate
CALL (p, row) {
  WITH p, row
  WHERE row.professions IS NOT NULL
  OPTIONAL MATCH (p)-[r:PRACTISES]->()
  DELETE r
  WITH DISTINCT p, row
  UNWIND row.professions AS professionId
  MATCH (x:Profession {id: professionId})
  CREATE (p)-[:PRACTISES]->(x)
}
CALL (p, row, open, affiliate) {
  WITH p, row, open
  WHERE affiliate AND size(open) > 0
  WITH open[0] AS r, row
  SET r.role = row.role, r.from = row.from, r.to = null
}
CALL (p, row, open, affiliate) {
  WITH p, row
  WHERE affiliate AND size(open) = 0
  MATCH (x:Institution {id: row.institution})
  CREATE (p)-[:AFFILIATED_WITH {role: row.role, from: row.from, to: null}]->(x)
}
RETURN [x IN collect(CASE WHEN created THEN row.id END) WHERE x IS NOT NULL] AS created,
       [x IN collect(CASE WHEN NOT created THEN row.id END) WHERE x IS NOT NULL] AS updated
