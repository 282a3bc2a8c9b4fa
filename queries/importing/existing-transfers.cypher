// Transfers are immutable once recorded: the stored content hash tells a replay from a conflict.
UNWIND $ids AS id
MATCH (t:Transfer {id: id})
RETURN t.id AS id, t.contentHash AS hash
