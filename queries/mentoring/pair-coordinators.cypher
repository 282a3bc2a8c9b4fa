// The coordinators of the programmes both people are enrolled in: who may start a mentorship for them.
MATCH (:Person {id: $mentor})-[:ENROLLED_IN]->(g:Programme)<-[:ENROLLED_IN]-(:Person {id: $mentee})
MATCH (g)-[:COORDINATED_BY]->(c:Person)
RETURN collect(DISTINCT c.id) AS coordinators
