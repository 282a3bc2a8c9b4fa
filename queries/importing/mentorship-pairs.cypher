UNWIND $ids AS id
MATCH (m:Mentorship {id: id})-[:MENTOR]->(mentor:Person)
MATCH (m)-[:MENTEE]->(mentee:Person)
RETURN m.id AS id, mentor.id AS mentor, mentee.id AS mentee
