// Of the given people, those affiliated with an institution today.
UNWIND $ids AS id
MATCH (p:Person {id: id})-[r:AFFILIATED_WITH]->(:Institution {id: $institution})
WHERE r.to IS NULL OR r.to >= date()
RETURN DISTINCT p.id AS id
