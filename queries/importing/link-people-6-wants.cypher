CYPHER replan=skip
UNWIND $rows AS row
MATCH (p:Person {id: row.id})
UNWIND row.wantsToLearn AS w
MATCH (x:Skill {id: w.skill})
CREATE (p)-[:WANTS_TO_LEARN {priority: w.priority}]->(x)
