// Assignment plans by id, with their programme's id and coordinators (who may read and publish them).
UNWIND $ids AS id
MATCH (a:AssignmentPlan {id: id})-[:FOR]->(g:Programme)
RETURN a {.id, .createdAt, .publishedAt, .publishOn, .totalScore, .optimal, .pairs, .unmatched, programme: g.id,
          coordinators: COLLECT { MATCH (g)-[:COORDINATED_BY]->(c:Person) RETURN c.id }} AS plan
