// The person a token's person claim names, and the institutions they belong to now (the reader's
// institutions in every visibility check). Two rows mean two people share the e-mail: it names nobody.
MATCH (p:Person {email: $email})
RETURN p.id AS id,
       [(p)-[a:AFFILIATED_WITH]->(i:Institution) WHERE a.to IS NULL OR a.to >= date() | i.id] AS institutions
LIMIT 2
