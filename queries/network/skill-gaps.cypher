// Skills wanted by people of a place ($level, $place; people who belong there today) with how many people
// there and elsewhere can teach them, and the places (same level) of the teachers elsewhere with how many
// teachers each. Counts are over everyone (no names are returned).
CALL () {
  MATCH (p:Person)-[r:MEMBER_OF]->(:Community {id: $place})
  WHERE $level = 'COMMUNITY' AND (r.to IS NULL OR r.to >= date())
  RETURN p
  UNION
  MATCH (p:Person)-[:PRACTISES]->(:Profession {id: $place})
  WHERE $level = 'PROFESSION'
  RETURN p
  UNION
  MATCH (p:Person)-[r:AFFILIATED_WITH]->(:Institution {id: $place})
  WHERE $level = 'INSTITUTION' AND (r.to IS NULL OR r.to >= date())
  RETURN p
}
MATCH (p)-[:WANTS_TO_LEARN]->(s:Skill)
WITH s, count(DISTINCT p) AS wanters
CALL (s) {
  MATCH (t:Person)-[h:HAS_SKILL]->(s)
  WHERE h.canTeach = true
  WITH DISTINCT t
  WITH t, CASE $level
      WHEN 'COMMUNITY' THEN EXISTS { MATCH (t)-[r:MEMBER_OF]->(:Community {id: $place}) WHERE r.to IS NULL OR r.to >= date() }
      WHEN 'PROFESSION' THEN EXISTS { MATCH (t)-[:PRACTISES]->(:Profession {id: $place}) }
      ELSE EXISTS { MATCH (t)-[r:AFFILIATED_WITH]->(:Institution {id: $place}) WHERE r.to IS NULL OR r.to >= date() }
    END AS inside
  RETURN count(CASE WHEN inside THEN t END) AS teachersInside, collect(CASE WHEN NOT inside THEN t END) AS outsiders
}
CALL (outsiders) {
  UNWIND outsiders AS t
  CALL (t) {
    MATCH (t)-[r:MEMBER_OF]->(c:Community)
    WHERE $level = 'COMMUNITY' AND (r.to IS NULL OR r.to >= date())
    RETURN c.id AS place, c.name AS name
    UNION
    MATCH (t)-[:PRACTISES]->(c:Profession)
    WHERE $level = 'PROFESSION'
    RETURN c.id AS place, c.name AS name
    UNION
    MATCH (t)-[r:AFFILIATED_WITH]->(c:Institution)
    WHERE $level = 'INSTITUTION' AND (r.to IS NULL OR r.to >= date())
    RETURN c.id AS place, c.name AS name
  }
  WITH place, name, count(DISTINCT t) AS teachers
  WHERE place <> $place
  ORDER BY teachers DESC, place
  RETURN collect({id: place, name: name, teachers: teachers}) AS sources
}
RETURN s.id AS skill, wanters, teachersInside, size(outsiders) AS teachersElsewhere, sources
ORDER BY teachersInside, wanters DESC, skill
