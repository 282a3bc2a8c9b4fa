// transfers(since, until, person, skill, first, after): the ids of the transfers that match every filter
// given (a null parameter matches all; since and until are inclusive days; person is either side), in
// id order after the cursor's id; the page is then read by id.
// Returns people (teacher and learner): only the transfers the reader may read, whole (see the fragment).
MATCH (t:Transfer)
WHERE t.id > $after
  AND {{mentoring/readable-transfer:t}}
  AND ($since IS NULL OR t.on >= $since)
  AND ($until IS NULL OR t.on <= $until)
  AND ($skill IS NULL OR EXISTS { MATCH (t)-[:ABOUT]->(:Skill {id: $skill}) })
  AND ($person IS NULL OR EXISTS { MATCH (t)-[:FROM|TO]->(:Person {id: $person}) })
RETURN t.id AS id
ORDER BY t.id
LIMIT $limit
