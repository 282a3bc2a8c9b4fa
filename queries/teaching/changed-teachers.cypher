// Polled by the in-memory teacher index for writes made by other instances or directly in the
// database: the people changed since $since, the mentors of mentorships changed since then and the
// teachers of transfers written since then (each through a range index), with what the index
// compares before reloading anybody (version, transfers given, mentorship end dates); and how many
// people there are, so deletions made outside the service are noticed.
CALL () {
  MATCH (p:Person)
  WHERE p.updatedAt >= $since
  RETURN p
  UNION
  MATCH (m:Mentorship)-[:MENTOR]->(p:Person)
  WHERE m.updatedAt >= $since
  RETURN p
  UNION
  MATCH (t:Transfer)-[:FROM]->(p:Person)
  WHERE t.createdAt >= $since
  RETURN p
}
WITH collect({id: p.id, version: p.updatedAt,
              taught: COUNT { (p)<-[:FROM]-(:Transfer)-[:ABOUT]->(:Skill) },
              mentoring: [(m:Mentorship)-[:MENTOR]->(p) | m.endedOn]}) AS changed
RETURN changed, COUNT { (:Person) } AS people
