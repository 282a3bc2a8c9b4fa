// Polled by the in-memory teacher index for writes made by other instances or directly in the
// database: the people changed since $since, the mentors of mentorships changed since then and the
// teachers of transfers written since then (each through a range index, hinted: an import stamps a whole
// batch with one moment, and with those statistics the planner scanned every person's transfers instead), with what the index
// compares before reloading anybody (version, transfers given, mentorship end dates); and how many
// people there are, so deletions made outside the service are noticed.
CALL () {
  MATCH (p:Person)
  USING INDEX p:Person(updatedAt)
  WHERE p.updatedAt >= $since
  RETURN p
  UNION
  MATCH (m:Mentorship)-[:MENTOR]->(p:Person)
  USING INDEX m:Mentorship(updatedAt)
  WHERE m.updatedAt >= $since
  RETURN p
  UNION
  MATCH (t:Transfer)-[:FROM]->(p:Person)
  USING INDEX t:Transfer(createdAt)
  WHERE t.createdAt >= $since
  RETURN p
}
WITH collect({id: p.id, version: p.updatedAt,
              taught: COUNT { (p)<-[:FROM]-(:Transfer)-[:ABOUT]->(:Skill) },
              mentoring: [(m:Mentorship)-[:MENTOR]->(p) | m.endedOn]}) AS changed
RETURN changed, COUNT { (:Person) } AS people
