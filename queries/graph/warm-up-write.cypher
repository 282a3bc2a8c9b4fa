// Planned (EXPLAIN only, nothing written) right after the embedded database starts, so that the
// Cypher compiler's classes load while the rest of the application starts: the usual shape of an
// import statement.
UNWIND $rows AS row
MERGE (n:__WarmUp {id: row.id})
SET n.name = row.name, n.at = row.at
