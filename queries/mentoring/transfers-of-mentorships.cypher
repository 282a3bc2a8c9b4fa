// The transfers inside each mentorship, oldest first.
UNWIND $ids AS id
MATCH (m:Mentorship {id: id})<-[:IN]-(t:Transfer)
WITH id, t
ORDER BY t.on, t.id
RETURN id AS mentorship, collect(t.id) AS transfers
