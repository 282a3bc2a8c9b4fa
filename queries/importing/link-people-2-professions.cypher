CYPHER replan=skip
UNWIND $rows AS row
MATCH (p:Person {id: row.id})
UNWIND row.professions AS professionId
MATCH (x:Profession {id: professionId})
CREATE (p)-[:PRACTISES]->(x)
