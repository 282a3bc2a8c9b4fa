// Skills written since a moment (by any instance, or directly in the database), through the range
// index on Skill.updatedAt; plus how many skills exist, to notice deletions.
CALL () {
  MATCH (s:Skill)
  RETURN count(s) AS total
}
CALL () {
  MATCH (s:Skill)
  USING INDEX s:Skill(updatedAt)
  WHERE s.updatedAt >= $since
  RETURN collect({id: s.id, version: toString(s.updatedAt)}) AS changed
}
RETURN total, changed
