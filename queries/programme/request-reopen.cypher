// Opens an accepted request again when its mentorship could not start (the mentor had no free place):
// the acceptance is undone unless the mentorship exists after all.
MATCH (r:MentorshipRequest {id: $id})
WHERE r.state = 'ACCEPTED' AND NOT EXISTS { MATCH (:Mentorship {id: r.mentorship}) }
SET r.state = 'PENDING', r.respondedAt = null, r.note = null, r.mentorship = null
RETURN r.id AS id
