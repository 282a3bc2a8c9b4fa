// A stored transfer's teacher and learner, and the coordinators of the programme of its mentorship.
MATCH (t:Transfer {id: $id})-[:FROM]->(teacher)
MATCH (t)-[:TO]->(learner)
RETURN teacher.id AS teacher, learner.id AS learner,
       COLLECT { MATCH (t)-[:IN]->(:Mentorship)-[:IN_PROGRAMME]->(:Programme)-[:COORDINATED_BY]->(c:Person)
                 RETURN DISTINCT c.id } AS coordinators
