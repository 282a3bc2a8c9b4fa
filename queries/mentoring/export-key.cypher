// The secret behind export pseudonyms, created once (the candidate is kept only if none exists).
MERGE (k:__ExportKey {name: 'pseudonym'})
ON CREATE SET k.key = $candidate, k.createdAt = $now
RETURN k.key AS key
