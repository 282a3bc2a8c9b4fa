// How many transfers there are (from the count store) and when the newest was written (the top
// of the createdAt range index): tells the in-memory flow index whether it is current.
MATCH (t:Transfer)
WITH count(t) AS total
RETURN total, COLLECT {
  MATCH (l:Transfer)
  WHERE l.createdAt IS NOT NULL
  RETURN l.createdAt
  ORDER BY l.createdAt DESC
  LIMIT 1
} AS latest
