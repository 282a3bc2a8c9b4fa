// Skill nodes first; their BROADER edges follow in link-skills, once every skill of the document exists.
CYPHER replan=skip
UNWIND $rows AS row
MERGE (n:Skill {id: row.id})
ON CREATE SET n.createdAt = $now
WITH n, row, n.contentHash IS NULL AS created
WHERE created OR n.contentHash <> row.hash
SET n.name = row.name, n.aliases = row.aliases, n.description = row.description, n.escoUri = row.escoUri,
    n.contentHash = row.hash, n.updatedAt = $now, n.updatedBy = $updatedBy
RETURN [x IN collect(CASE WHEN created THEN row.id END) WHERE x IS NOT NULL] AS created,
       [x IN collect(CASE WHEN NOT created THEN row.id END) WHERE x IS NOT NULL] AS updated
