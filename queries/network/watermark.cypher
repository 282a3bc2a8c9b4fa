// How many transfers there are and when the newest was written: tells the coordinator's network whether
// transfers arrived since it last looked (the same read as the flow index's).
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
