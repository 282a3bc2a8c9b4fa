// Of the given mentorships, those that are reciprocal: transfers inside ran both ways (each side taught
// the other), the same rule as Mentorship.reciprocal.
UNWIND $ids AS id
MATCH (m:Mentorship {id: id})
MATCH (m)-[:MENTOR]->(mentor)
MATCH (m)-[:MENTEE]->(mentee)
WITH m, mentor, mentee
WHERE EXISTS { (mentor)<-[:FROM]-(:Transfer)-[:IN]->(m) }
  AND EXISTS { (mentee)<-[:FROM]-(:Transfer)-[:IN]->(m) }
RETURN m.id AS id
