// A person is stated whole: the link-people-* queries then replace their lists (skills,
// affiliations, ...) for the people created or changed here, in the same transaction.
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
ON CREATE SET p.createdAt = $now
WITH p, row, p.contentHash IS NULL AS created
WHERE created OR p.contentHash <> row.hash
SET p.name = row.name, p.searchName = row.searchName, p.careerStage = row.careerStage, p.email = row.email,
    p.orcid = row.orcid, p.bio = row.bio, p.startedPracticeYear = row.startedPracticeYear,
    p.mentoringCapacity = row.mentoringCapacity, p.visibility = row.visibility,
    p.contentHash = row.hash, p.updatedAt = $now, p.updatedBy = $updatedBy
RETURN [x IN collect(CASE WHEN created THEN row.id END) WHERE x IS NOT NULL] AS created,
       [x IN collect(CASE WHEN NOT created THEN row.id END) WHERE x IS NOT NULL] AS updated
