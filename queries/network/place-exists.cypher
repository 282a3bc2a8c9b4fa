// Whether a community, profession or institution ($level) with this id exists.
RETURN CASE $level
  WHEN 'COMMUNITY' THEN EXISTS { MATCH (:Community {id: $id}) }
  WHEN 'PROFESSION' THEN EXISTS { MATCH (:Profession {id: $id}) }
  ELSE EXISTS { MATCH (:Institution {id: $id}) }
END AS found
