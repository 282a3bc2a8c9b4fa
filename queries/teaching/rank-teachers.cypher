// Ranks the people who can teach the skills a topic resolved to, and returns one page of them.
// $skills: [{id, weight}] from the search index. Candidates come from each skill's HAS_SKILL holders
// (index seek on Skill.id, then a local expansion), so the cost follows the holders of those skills,
// not the size of the graph.
// score = best skill fit (match weight x level / $w.fullLevel) + $w.furtherSkill x the other fits
//       + evidence (transfers the teacher gave about those skills: weight x recency (half-life
//         $w.evidenceHalfLifeDays) x $w.confirmed if the learner confirmed x rating / $w.neutralRating
//         ($w.unrated unrated), saturating at $w.evidenceCap)
//       + availability ($w.availability x share of free places; $w.atCapacity when full and $includeFull)
//       + asker context ($w.sharedInstitution sharing a current institution, $w.reverse reverse direction).
// $w: the weights of teaching/index/ScoreWeights (documented there), which the in-memory index uses too.
// Visibility: PRIVATE people are never offered; INSTITUTION people only to an asker who shares a
// current affiliation with them (so never without an asker); and only people the reader ($reader,
// who may ask for someone else) may see. With $pool (a programme's mentor pool, for proposeAssignment)
// only those people are candidates, and PRIVATE and INSTITUTION ones among them too: they enrolled to be
// offered to the programme's mentees.
// Always one row: whether the asker exists, the asker's stage, the total, and the page.
OPTIONAL MATCH (asker:Person {id: $asker})
WITH asker,
     CASE WHEN asker IS NULL THEN [] ELSE
       [(asker)-[a:AFFILIATED_WITH]->(i:Institution) WHERE a.to IS NULL OR a.to >= date() | i.id] END AS askerInstitutions,
     CASE WHEN asker IS NULL THEN [] ELSE [(asker)-[:PRACTISES]->(x:Profession) | x.id] END AS askerProfessions
CALL (asker, askerInstitutions, askerProfessions) {
  UNWIND $skills AS wanted
  MATCH (s:Skill {id: wanted.id})<-[h:HAS_SKILL]-(p:Person)
  WHERE h.canTeach = true AND h.level >= $minLevel
    AND (asker IS NULL OR p <> asker)
    AND ($pool IS NULL OR p.id IN $pool)
    AND ($pool IS NOT NULL OR coalesce(p.visibility, 'NETWORK') <> 'PRIVATE')
    AND {{person/visible:p}}
    AND (NOT $reverseOnly OR $ranks[p.careerStage] < $ranks[asker.careerStage])
  WITH p, collect({id: s.id, name: s.name, level: h.level, weight: wanted.weight,
                   fit: wanted.weight * h.level / $w.fullLevel}) AS matched, collect(s) AS skillNodes
  WITH p, matched, skillNodes,
       [(p)-[a:AFFILIATED_WITH]->(i:Institution) WHERE a.to IS NULL OR a.to >= date() | i] AS institutions,
       [(p)-[:PRACTISES]->(x:Profession) | x] AS professions
  WHERE ($institution IS NULL OR any(i IN institutions WHERE i.id = $institution))
    AND ($profession IS NULL OR any(x IN professions WHERE x.id = $profession))
    AND (NOT $otherProfessionsOnly OR none(x IN professions WHERE x.id IN askerProfessions))
    AND ($pool IS NOT NULL OR coalesce(p.visibility, 'NETWORK') = 'NETWORK'
         OR any(i IN institutions WHERE i.id IN askerInstitutions))
  WITH p, matched, skillNodes, institutions, professions,
       COUNT { (m:Mentorship)-[:MENTOR]->(p) WHERE m.endedOn IS NULL OR m.endedOn >= date() } AS active,
       coalesce(p.mentoringCapacity, $w.defaultCapacity) AS capacity
  WHERE $includeFull OR active < capacity
  // Evidence expands from the teacher's own transfers (a handful), never from a skill's (thousands):
  // matching skill nodes rather than ids keeps the planner from seeking skills and joining.
  CALL (p, matched, skillNodes) {
    OPTIONAL MATCH (p)<-[:FROM]-(t:Transfer)-[:ABOUT]->(ts)
    WHERE ts IN skillNodes
    WITH t, CASE WHEN t IS NULL THEN null ELSE [m IN matched WHERE m.id = ts.id | m.weight][0] END AS weight
    RETURN count(t) AS taught,
           count(CASE WHEN t.learnerConfirmed THEN 1 END) AS confirmed,
           avg(t.rating) AS rating,
           max(t.on) AS lastTaught,
           sum(CASE WHEN t IS NULL THEN 0.0 ELSE
                 weight * 0.5 ^ (duration.inDays(t.on, date()).days / $w.evidenceHalfLifeDays)
                 * CASE WHEN t.learnerConfirmed THEN $w.confirmed ELSE 1.0 END
                 * CASE WHEN t.rating IS NULL THEN $w.unrated ELSE t.rating / $w.neutralRating END END) AS evidence
  }
  WITH p, matched, institutions, professions, active, capacity, taught, confirmed, rating, lastTaught, evidence,
       reduce(best = 0.0, m IN matched | CASE WHEN m.fit > best THEN m.fit ELSE best END) AS bestFit,
       reduce(total = 0.0, m IN matched | total + m.fit) AS sumFit,
       [i IN institutions WHERE i.id IN askerInstitutions | i.name] AS sharedInstitutions,
       CASE
         WHEN asker IS NULL THEN null
         WHEN $ranks[p.careerStage] < $ranks[asker.careerStage] THEN 'REVERSE'
         WHEN $ranks[p.careerStage] = $ranks[asker.careerStage] THEN 'PEER'
         ELSE 'TRADITIONAL' END AS direction
  WITH p, matched, institutions, professions, active, capacity, taught, confirmed, rating, lastTaught,
       sharedInstitutions, direction,
       bestFit + $w.furtherSkill * (sumFit - bestFit)
       + $w.evidenceCap * evidence / (evidence + $w.evidenceHalfSaturation)
       + CASE WHEN active >= capacity THEN $w.atCapacity
              ELSE $w.availability * (capacity - active) / toFloat(capacity) END
       + CASE WHEN size(sharedInstitutions) > 0 THEN $w.sharedInstitution ELSE 0.0 END
       + CASE WHEN direction = 'REVERSE' THEN $w.reverse ELSE 0.0 END AS score
  ORDER BY score DESC, p.id
  RETURN collect({id: p.id, name: p.name, careerStage: p.careerStage, score: score, direction: direction,
                  active: active, capacity: capacity, matched: matched, taught: taught, confirmed: confirmed,
                  rating: rating, lastTaught: lastTaught, sharedInstitutions: sharedInstitutions,
                  professions: [x IN professions | x.name], institutions: [i IN institutions | i.name],
                  otherProfession: size(askerProfessions) > 0 AND size(professions) > 0
                    AND none(x IN professions WHERE x.id IN askerProfessions)}) AS ranked
}
RETURN asker IS NOT NULL AS askerFound, asker.careerStage AS askerStage, size(ranked) AS total,
       ranked[$skip..$skip + $limit] AS page
