// Which of the given mentorships the graph holds exactly as stated: the same content hash, MENTOR and
// MENTEE links to the stated people and no others, and the same ABOUT skills, as upsert-mentorships
// compares them, read only, and which of them the graph holds at all. Such a mentorship holds the same place it held (it cannot be refused for
// its mentor's capacity), so the import leaves it out of its writing; any other is written by
// upsert-mentorships, which compares it again under the mentor's lock.
CYPHER replan=skip
UNWIND $rows AS row
MATCH (m:Mentorship {id: row.id})
WITH row, m, m.contentHash = row.hash
  AND EXISTS { (m)-[:MENTOR]->(:Person {id: row.mentor}) }
  AND EXISTS { (m)-[:MENTEE]->(:Person {id: row.mentee}) }
  AND COUNT { (m)-[:MENTOR|MENTEE]->() } = 2 AS same
WITH row, same, CASE WHEN same THEN [(m)-[:ABOUT]->(s:Skill) | s.id] END AS about
RETURN collect(row.id) AS stored,
       collect(CASE WHEN same AND size(about) = size(row.skills) AND all(skillId IN row.skills WHERE skillId IN about)
                    THEN row.id END) AS unchanged
