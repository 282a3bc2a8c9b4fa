// The days of the transfers written after a moment, with how many on each: which windows the new
// transfers fall into. Through the createdAt range index, whatever its statistics say (see flow-transfers-after).
MATCH (t:Transfer)
USING INDEX t:Transfer(createdAt)
WHERE t.createdAt > $after
RETURN t.on AS on, count(*) AS transfers
