// Mentorship requests by id. A PENDING request past its expiresAt reads as EXPIRED (checked on read, so
// no job has to run for it to expire).
UNWIND $ids AS id
MATCH (from:Person)<-[:FROM]-(r:MentorshipRequest {id: id})-[:TO]->(to:Person)
RETURN r {.id, .skills, .message, .createdAt, .expiresAt, .respondedAt, .note, .mentorship,
          from: from.id, to: to.id,
          state: CASE WHEN r.state = 'PENDING' AND r.expiresAt <= $now THEN 'EXPIRED' ELSE r.state END} AS request
