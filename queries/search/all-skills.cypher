// Everything the skill search index holds, for a full rebuild.
MATCH (s:Skill)
RETURN s.id AS id, s.name AS name, coalesce(s.aliases, []) AS aliases, s.description AS description,
       [(s)-[:BROADER]->(b:Skill) | b.id] AS broader, toString(s.updatedAt) AS version
