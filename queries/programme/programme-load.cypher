// Each mentor's active mentorships in a programme, for the programme's most mentees per mentor at publishing.
MATCH (g:Programme {id: $programme})
UNWIND $mentors AS mentorId
MATCH (p:Person {id: mentorId})
RETURN p.id AS mentor, g.maxMenteesPerMentor AS most,
       COUNT { MATCH (p)<-[:MENTOR]-(m:Mentorship)-[:IN_PROGRAMME]->(g)
               WHERE (m.endedOn IS NULL OR m.endedOn > $today) AND NOT m.id IN $planned } AS held
