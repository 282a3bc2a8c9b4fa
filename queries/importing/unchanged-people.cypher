// Which of the given people the graph holds exactly as stated: the same content hash and the same
// links, compared as upsert-people compares them (skills, wishes, professions, affiliations,
// memberships, each as a text key: type, target id, level, canTeach, priority, from, to, role), read
// only, and which of them the graph holds at all. $rows carries the stated keys, built the same way in Java (DocumentSurvey.comparable): a text
// per link crosses Bolt faster than lists of values. The import leaves these people out of its
// writing; any other person is compared again, under locks, by upsert-people.
CYPHER replan=skip
UNWIND $rows AS row
MATCH (p:Person {id: row.id})
WITH row, p, CASE WHEN p.contentHash = row.hash THEN [(p)-[r:HAS_SKILL|WANTS_TO_LEARN|PRACTISES|AFFILIATED_WITH|MEMBER_OF]->(x) |
         type(r) + '|' + x.id + '|' + coalesce(toString(r.level), '') + '|' + coalesce(toString(r.canTeach), '')
         + '|' + coalesce(toString(r.priority), '') + '|' + coalesce(toString(r.from), '') + '|'
         + coalesce(toString(r.to), '') + '|' + coalesce(r.role, '')] END AS links
RETURN collect(row.id) AS stored,
       collect(CASE WHEN size(links) = size(row.keys) AND all(k IN row.keys WHERE k IN links) THEN row.id END)
         AS unchanged
