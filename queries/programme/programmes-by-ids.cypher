// Programmes by id with their institutions, coordinators, enrolled people and mentorships (ids, in id
// order). People and mentorships are read by id afterwards, each with the reader's visibility rule.
UNWIND $ids AS id
MATCH (g:Programme {id: id})
RETURN g {.id, .name, .kind, .crossProfession, .crossInstitution, .maxMenteesPerMentor, .createdAt, .updatedAt,
          institutions: COLLECT { MATCH (g)-[:RUN_BY]->(i:Institution) RETURN i.id ORDER BY i.id },
          coordinators: COLLECT { MATCH (g)-[:COORDINATED_BY]->(c:Person) RETURN c.id ORDER BY c.id },
          mentors: COLLECT { MATCH (p:Person)-[:ENROLLED_IN {as: 'MENTOR'}]->(g) RETURN p.id ORDER BY p.id },
          mentees: COLLECT { MATCH (p:Person)-[:ENROLLED_IN {as: 'MENTEE'}]->(g) RETURN p.id ORDER BY p.id },
          mentorships: COLLECT { MATCH (m:Mentorship)-[:IN_PROGRAMME]->(g) RETURN m.id ORDER BY m.id },
          pendingPlan: head(COLLECT { MATCH (a:AssignmentPlan)-[:FOR]->(g) WHERE a.publishedAt IS NULL
                                 RETURN a.id ORDER BY a.createdAt DESC LIMIT 1 })} AS programme
