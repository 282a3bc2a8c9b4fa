// Transfers are immutable once recorded: the stored content hash tells a replay from a conflict.
// Given the document's ids and hashes, answers only with what is not a replay (most of a re-sent
// document is), as two lists rather than a record per transfer: the ids the graph does not hold,
// and [id, stored hash] for those recorded with another hash (or none).
UNWIND $rows AS row
OPTIONAL MATCH (t:Transfer {id: row.id})
WITH row, t
WHERE t IS NULL OR t.contentHash IS NULL OR t.contentHash <> row.hash
RETURN collect(CASE WHEN t IS NULL THEN row.id END) AS absent,
       collect(CASE WHEN t IS NOT NULL THEN [row.id, t.contentHash] END) AS other
