// myMentorshipRequests: the ids of the requests sent to ($direction IN) or by (OUT) a person, newest first
// (ids are time-ordered), in one state when $state is given (EXPIRED: pending past expiresAt).
MATCH (r:MentorshipRequest)-[side:TO|FROM]->(:Person {id: $person})
WHERE type(side) = CASE $direction WHEN 'IN' THEN 'TO' ELSE 'FROM' END
  AND ($after = '' OR r.id < $after)
  AND ($state IS NULL
       OR $state = CASE WHEN r.state = 'PENDING' AND r.expiresAt <= $now THEN 'EXPIRED' ELSE r.state END)
RETURN r.id AS id
ORDER BY r.id DESC
LIMIT $limit
