// The people whose affiliation with an institution has not ended by a full feed's date (and had
// started by then): those the feed leaves out are to have it ended.
MATCH (p:Person)-[r:AFFILIATED_WITH]->(:Institution {id: $institution})
WHERE (r.to IS NULL OR r.to > $feedDate) AND (r.from IS NULL OR r.from <= $feedDate)
RETURN DISTINCT p.id AS id
