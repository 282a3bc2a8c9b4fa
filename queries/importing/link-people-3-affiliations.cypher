CYPHER replan=skip
UNWIND $rows AS row
MATCH (p:Person {id: row.id})
UNWIND row.affiliations AS a
MATCH (x:Institution {id: a.institution})
CREATE (p)-[:AFFILIATED_WITH {role: a.role, from: a.from, to: a.to}]->(x)
