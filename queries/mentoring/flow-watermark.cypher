// How many transfers there are (from the count store) and when the newest was written (the top
// of the createdAt range index): tells the in-memory flow index whether it is current.
MATCH (t:Transfer)
WITH count(t) AS total
OPTIONAL CALL () {
  MATCH (l:Transfer)
  WHERE l.createdAt IS NOT NULL
  RETURN l.createdAt AS latest
  ORDER BY l.createdAt DESC
  LIMIT 1
}
RETURN total, latest
