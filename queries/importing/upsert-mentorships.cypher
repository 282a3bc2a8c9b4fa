// A mentorship takes one of its mentor's places (mentoringCapacity) while it is active (endedOn
// null or in the future). The mentor node is write-locked before its active mentorships are
// counted, so concurrent writes for the same mentor queue up and cannot both take the last
// place. A row that would exceed the capacity is not written and comes back in `refused`.
// direction and the two stages are fixed when the mentorship starts (or changes people),
// so a later promotion does not rewrite it. A mentorship is unchanged only when its content and its
// MENTOR, MENTEE and ABOUT links are as stated.
CYPHER replan=skip
UNWIND $rows AS row
MATCH (mentor:Person {id: row.mentor})
MATCH (mentee:Person {id: row.mentee})
CALL (row, mentor, mentee) {
  SET mentor._lock = true
  REMOVE mentor._lock
  WITH row, mentor, mentee, date($now) AS today
  // Both counted from the locked mentor, whatever the planner's statistics say: no label on
  // `held` and `other` (only mentorships have MENTOR links), so no plan can start from a scan of
  // every mentorship. With replan=skip, a plan made when the store held no mentorships yet
  // would otherwise stay in use as they grow.
  WITH row, mentor, mentee, today,
       EXISTS {
         MATCH (mentor)<-[:MENTOR]-(held)
         WHERE held.id = row.id AND (held.endedOn IS NULL OR held.endedOn > today)
       } AS held,
       COUNT {
         MATCH (mentor)<-[:MENTOR]-(other)
         WHERE other.id <> row.id AND (other.endedOn IS NULL OR other.endedOn > today)
       } AS active
  WITH row, mentor, mentee, active,
       (row.endedOn IS NULL OR row.endedOn > today) AND NOT held
         AND active >= coalesce(mentor.mentoringCapacity, $defaultCapacity) AS full
  OPTIONAL CALL (row, mentor, mentee, full) {
    WITH row, mentor, mentee
    WHERE NOT full
    MERGE (m:Mentorship {id: row.id})
    ON CREATE SET m.createdAt = $now
    WITH m, row, mentor, mentee, m.contentHash IS NULL AS created
    WITH m, row, mentor, mentee, created,
         CASE WHEN created THEN [] ELSE [(m)-[:ABOUT]->(s:Skill) | s.id] END AS about
    WHERE created OR m.contentHash <> row.hash
       OR NOT EXISTS { (m)-[:MENTOR]->(mentor) } OR NOT EXISTS { (m)-[:MENTEE]->(mentee) }
       OR COUNT { (m)-[:MENTOR|MENTEE]->() } <> 2
       OR size(about) <> size(row.skills) OR any(skillId IN row.skills WHERE NOT skillId IN about)
    WITH m, row, mentor, mentee, created,
         created OR NOT EXISTS { (m)-[:MENTOR]->(mentor) } OR NOT EXISTS { (m)-[:MENTEE]->(mentee) } AS newPair
    SET m.startedOn = row.startedOn, m.endedOn = row.endedOn, m.origin = row.origin, m.program = row.program,
        m.goals = row.goals,
        m.mentorStage = CASE WHEN newPair THEN mentor.careerStage ELSE m.mentorStage END,
        m.menteeStage = CASE WHEN newPair THEN mentee.careerStage ELSE m.menteeStage END,
        m.contentHash = row.hash, m.updatedAt = $now, m.updatedBy = $updatedBy
    SET m.direction = CASE
          WHEN $ranks[m.mentorStage] < $ranks[m.menteeStage] THEN 'REVERSE'
          WHEN $ranks[m.mentorStage] = $ranks[m.menteeStage] THEN 'PEER'
          ELSE 'TRADITIONAL' END
    WITH m, row, mentor, mentee, created
    CALL (m) {
      MATCH (m)-[r:MENTOR|MENTEE|ABOUT]->()
      DELETE r
    }
    CREATE (m)-[:MENTOR]->(mentor)
    CREATE (m)-[:MENTEE]->(mentee)
    WITH m, row, created
    CALL (m, row) {
      UNWIND row.skills AS skillId
      MATCH (s:Skill {id: skillId})
      CREATE (m)-[:ABOUT]->(s)
    }
    RETURN created
  }
  RETURN full, active, created
}
RETURN [x IN collect(CASE WHEN created THEN row.id END) WHERE x IS NOT NULL] AS created,
       [x IN collect(CASE WHEN created = false THEN row.id END) WHERE x IS NOT NULL] AS updated,
       [x IN collect(CASE WHEN full THEN {id: row.id, mentor: row.mentor, active: active,
                                          capacity: coalesce(mentor.mentoringCapacity, $defaultCapacity)} END)
        WHERE x IS NOT NULL] AS refused
