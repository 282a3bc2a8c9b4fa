// Who may change a stored mentorship: its two people and the coordinators of its programme.
MATCH (m:Mentorship {id: $id})
RETURN COLLECT { MATCH (m)-[:MENTOR|MENTEE]->(p:Person) RETURN p.id } AS participants,
       COLLECT { MATCH (m)-[:IN_PROGRAMME]->(:Programme)-[:COORDINATED_BY]->(c:Person) RETURN DISTINCT c.id } AS coordinators
