// mentorships(filter, first, after): the ids of the mentorships that match every filter given (a null
// parameter matches all), in id order after the cursor's id; the page is then read by id.
// Returns people (mentor and mentee): only the mentorships the reader may read, whole (see the fragment).
MATCH (m:Mentorship)
WHERE m.id > $after
  AND {{mentoring/readable-mentorship:m}}
  AND ($programme IS NULL OR m.program = $programme)
  AND ($direction IS NULL OR m.direction = $direction)
  AND ($origin IS NULL OR m.origin = $origin)
  AND ($active IS NULL OR $active = (m.endedOn IS NULL OR m.endedOn > date({timezone: 'UTC'})))
  AND ($person IS NULL OR EXISTS { MATCH (m)-[:MENTOR|MENTEE]->(:Person {id: $person}) })
RETURN m.id AS id
ORDER BY m.id
LIMIT $limit
