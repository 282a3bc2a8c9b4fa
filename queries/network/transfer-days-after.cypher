// The days of the transfers written after a moment, with how many on each: which windows the new
// transfers fall into.
MATCH (t:Transfer)
WHERE t.createdAt > $after
RETURN t.on AS on, count(*) AS transfers
