// The people of the development sign-in list that the graph holds, with what the list shows of them.
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p.id AS id, p.name AS name, p.careerStage AS careerStage, p.email AS email,
       COLLECT {
         MATCH (p)-[a:AFFILIATED_WITH]->(i:Institution)
         WHERE a.to IS NULL OR a.to >= date()
         RETURN i.name ORDER BY i.name
       } AS institutions
