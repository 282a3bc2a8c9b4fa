// Outcomes per programme (Mentorship.program; null outside programmes) and origin: mentorships, the
// transfers inside them, how many were reciprocal (both sides taught), confirmed and rated transfers and
// the sum of ratings. Counts only: no person is named, so every mentorship counts whoever reads.
MATCH (m:Mentorship)
WHERE $programme IS NULL OR m.program = $programme
OPTIONAL MATCH (g:Programme {id: m.program})
WITH m, g,
     COUNT { MATCH (m)<-[:IN]-(t:Transfer) } AS transfers,
     COUNT { MATCH (m)<-[:IN]-(t:Transfer) WHERE t.learnerConfirmed = true } AS confirmed,
     COLLECT { MATCH (m)<-[:IN]-(t:Transfer) WHERE t.rating IS NOT NULL RETURN t.rating } AS ratings,
     // As Mentorship.reciprocal reads it: transfers inside ran both ways.
     EXISTS { MATCH (m)-[:MENTOR]->(mentor)<-[:FROM]-(:Transfer)-[:IN]->(m) }
       AND EXISTS { MATCH (m)-[:MENTEE]->(mentee)<-[:FROM]-(:Transfer)-[:IN]->(m) } AS reciprocal
RETURN m.program AS programme, g.name AS programmeName, coalesce(m.origin, 'SELF_IDENTIFIED') AS origin,
       count(m) AS mentorships, sum(transfers) AS transfers, sum(confirmed) AS confirmed,
       sum(size(ratings)) AS rated, sum(reduce(total = 0, r IN ratings | total + r)) AS ratingSum,
       count(CASE WHEN reciprocal THEN 1 END) AS reciprocal
ORDER BY programme, origin
