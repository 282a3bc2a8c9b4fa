CYPHER replan=skip
UNWIND $rows AS row
MATCH (p:Person {id: row.id})
UNWIND row.communities AS c
MATCH (x:Community {id: c.community})
CREATE (p)-[:MEMBER_OF {from: c.from, to: c.to}]->(x)
