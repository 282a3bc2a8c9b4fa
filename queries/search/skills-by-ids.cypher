// The index entries of skills that changed; ids that are gone return nothing.
UNWIND $ids AS id
MATCH (s:Skill {id: id})
RETURN s.id AS id, s.name AS name, coalesce(s.aliases, []) AS aliases, s.description AS description,
       [(s)-[:BROADER]->(b:Skill) | b.id] AS broader, toString(s.updatedAt) AS version
