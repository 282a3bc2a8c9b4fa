// Skills that the first reading of the document found absent from the graph (see
// create-people.cypher); their BROADER links follow in link-skills, as for upsert-skills.
CYPHER replan=skip
UNWIND $rows AS row
CREATE (n:Skill {id: row.id})
SET n.createdAt = $now, n.name = row.name, n.aliases = row.aliases, n.description = row.description,
    n.escoUri = row.escoUri, n.contentHash = row.hash, n.updatedAt = $now, n.updatedBy = $updatedBy
RETURN count(n) AS written
