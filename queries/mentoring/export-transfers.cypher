// One row per transfer for the research export, oldest first. Person and mentorship ids are
// pseudonymised by the caller (an erased person's side is their ErasedPerson node, so a new pseudonym); names, e-mails and notes are never read.
MATCH (t:Transfer)
WHERE t.on IS NOT NULL
WITH t
ORDER BY t.on
MATCH (t)-[:FROM]->(a)
MATCH (t)-[:TO]->(b)
MATCH (t)-[:ABOUT]->(s:Skill)
OPTIONAL MATCH (t)-[:IN]->(m:Mentorship)
RETURN t.id AS transfer, t.on AS on, s.id AS skillId, s.name AS skillName, a.id AS from, b.id AS to,
       t.fromStage AS fromStage, t.toStage AS toStage, t.direction AS direction,
       coalesce(t.fromProfessions, []) AS fromProfessions, coalesce(t.toProfessions, []) AS toProfessions,
       COLLECT { UNWIND coalesce(t.fromInstitutions, []) AS i MATCH (x:Institution {id: i}) RETURN DISTINCT x.kind }
         AS fromInstitutionKinds,
       COLLECT { UNWIND coalesce(t.toInstitutions, []) AS i MATCH (x:Institution {id: i}) RETURN DISTINCT x.kind }
         AS toInstitutionKinds,
       m.id AS mentorship, m.origin AS origin, m.direction AS mentorshipDirection,
       t.format AS format, t.minutes AS minutes, t.rating AS rating, t.learnerConfirmed AS learnerConfirmed
