// Ends, on a full feed's date, the affiliations with its institution of people the feed leaves out.
// They are never deleted: a transfer keeps where both sides were on its date, and the graph keeps
// the history of who was where.
UNWIND $ids AS id
MATCH (p:Person {id: id})-[r:AFFILIATED_WITH]->(:Institution {id: $institution})
WHERE (r.to IS NULL OR r.to > $feedDate) AND (r.from IS NULL OR r.from <= $feedDate)
SET r.to = $feedDate
WITH DISTINCT p
SET p.contentHash = 'hr-feed', p.updatedAt = $now
RETURN collect(p.id) AS ended
