// Each mentor's capacity and the mentorships that hold one of their places today.
UNWIND $ids AS id
MATCH (p:Person {id: id})
OPTIONAL MATCH (m:Mentorship)-[:MENTOR]->(p)
WHERE m.endedOn IS NULL OR m.endedOn > $today
RETURN p.id AS id, coalesce(p.mentoringCapacity, $defaultCapacity) AS capacity, collect(m.id) AS active
