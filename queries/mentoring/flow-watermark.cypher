// How many transfers there are and when the newest was written: tells the in-memory flow index
// whether it is current.
MATCH (t:Transfer)
WITH count(t) AS total
OPTIONAL MATCH (l:Transfer)
WHERE l.createdAt IS NOT NULL
WITH total, l
ORDER BY l.createdAt DESC
LIMIT 1
RETURN total, l.createdAt AS latest
