// A person is stated whole, and is unchanged only when their content and every link the document
// states for them (skills, wishes, professions, affiliations, memberships) are as stated: a link
// lost by an interrupted write or removed behind the import's back is written again. Links are
// compared as sets of text keys built the same way on both sides (role last, as the only free text).
// The link-people-* queries then replace the lists of the people created or changed here, in the
// same transaction.
CYPHER replan=skip
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
ON CREATE SET p.createdAt = $now
WITH p, row, p.contentHash IS NULL AS created
WITH p, row, created,
     CASE WHEN created THEN [] ELSE
       [(p)-[r:HAS_SKILL|WANTS_TO_LEARN|PRACTISES|AFFILIATED_WITH|MEMBER_OF]->(x) |
         type(r) + '|' + x.id + '|' + coalesce(toString(r.level), '') + '|' + coalesce(toString(r.canTeach), '')
         + '|' + coalesce(toString(r.priority), '') + '|' + coalesce(toString(r.from), '') + '|'
         + coalesce(toString(r.to), '') + '|' + coalesce(r.role, '')] END AS stored
WITH p, row, created, stored,
     CASE WHEN created THEN [] ELSE
       [s IN row.skills | 'HAS_SKILL|' + s.skill + '|' + toString(s.level) + '|' + toString(s.canTeach) + '||||']
       + [w IN row.wantsToLearn | 'WANTS_TO_LEARN|' + w.skill + '|||' + coalesce(toString(w.priority), '') + '|||']
       + [x IN row.professions | 'PRACTISES|' + x + '||||||']
       + [a IN row.affiliations | 'AFFILIATED_WITH|' + a.institution + '||||' + coalesce(toString(a.from), '') + '|'
          + coalesce(toString(a.to), '') + '|' + coalesce(a.role, '')]
       + [c IN row.communities | 'MEMBER_OF|' + c.community + '||||' + coalesce(toString(c.from), '') + '|'
          + coalesce(toString(c.to), '') + '|'] END AS stated
WHERE created OR p.contentHash <> row.hash OR size(stored) <> size(stated) OR any(k IN stated WHERE NOT k IN stored)
SET p.name = row.name, p.searchName = row.searchName, p.careerStage = row.careerStage, p.email = row.email,
    p.orcid = row.orcid, p.bio = row.bio, p.startedPracticeYear = row.startedPracticeYear,
    p.mentoringCapacity = row.mentoringCapacity, p.visibility = row.visibility,
    p.contentHash = row.hash, p.updatedAt = $now, p.updatedBy = $updatedBy
RETURN [x IN collect(CASE WHEN created THEN row.id END) WHERE x IS NOT NULL] AS created,
       [x IN collect(CASE WHEN NOT created THEN row.id END) WHERE x IS NOT NULL] AS updated
