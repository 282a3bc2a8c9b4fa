CYPHER replan=skip
UNWIND $rows AS row
MATCH (p:Person {id: row.id})
UNWIND row.skills AS s
MATCH (x:Skill {id: s.skill})
CREATE (p)-[:HAS_SKILL {level: s.level, canTeach: s.canTeach, updatedAt: $now}]->(x)
