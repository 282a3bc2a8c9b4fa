// Which of the ids that a document refers to (and does not define) are already in the graph.
CALL () {
  UNWIND $institutions AS id
  MATCH (n:Institution {id: id})
  RETURN collect(n.id) AS institutions
}
CALL () {
  UNWIND $professions AS id
  MATCH (n:Profession {id: id})
  RETURN collect(n.id) AS professions
}
CALL () {
  UNWIND $skills AS id
  MATCH (n:Skill {id: id})
  RETURN collect(n.id) AS skills
}
CALL () {
  UNWIND $communities AS id
  MATCH (n:Community {id: id})
  RETURN collect(n.id) AS communities
}
CALL () {
  UNWIND $people AS id
  MATCH (n:Person {id: id})
  RETURN collect(n.id) AS people
}
CALL () {
  UNWIND $mentorships AS id
  MATCH (n:Mentorship {id: id})
  RETURN collect(n.id) AS mentorships
}
CALL () {
  UNWIND $programmes AS id
  MATCH (n:Programme {id: id})
  RETURN collect(n.id) AS programmes
}
RETURN institutions, professions, skills, communities, people, programmes, mentorships
