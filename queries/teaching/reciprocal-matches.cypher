// Boomerang pairs for $person: partners who can teach something $person wants to learn AND want to
// learn something $person can teach (canTeach on both sides). Each skill that flows counts
// (4 - priority) / 3 x the teacher's level / the highest level ($highestLevel); score = the weaker direction (a pair is only as
// reciprocal as its thinner side) + 0.25 x both directions + 0.2 + 0.05 x the stage gap when the
// two stand at different career stages (one direction is then reverse mentoring, the point of the product).
// Visibility as in rank-teachers: PRIVATE partners never, INSTITUTION ones only sharing a current institution;
// and only partners the reader ($reader, who may ask for someone else) may see.
// Always one row: whether the person exists, and the best $limit pairs.
OPTIONAL MATCH (me:Person {id: $person})
CALL (me) {
  MATCH (me)-[w:WANTS_TO_LEARN]->(s:Skill)<-[h:HAS_SKILL]-(partner:Person)
  WHERE h.canTeach = true AND partner <> me
    AND coalesce(partner.visibility, 'NETWORK') <> 'PRIVATE'
    AND {{person/visible:partner}}
  WITH partner, collect({id: s.id, name: s.name, level: h.level, priority: coalesce(w.priority, 2)}) AS teaches
  CALL (me, partner) {
    MATCH (partner)-[w:WANTS_TO_LEARN]->(s:Skill)<-[h:HAS_SKILL]-(me)
    WHERE h.canTeach = true
    RETURN collect({id: s.id, name: s.name, level: h.level, priority: coalesce(w.priority, 2)}) AS learns
  }
  WITH me, partner, teaches, learns
  WHERE size(learns) > 0
    AND (coalesce(partner.visibility, 'NETWORK') = 'NETWORK'
         OR EXISTS {
           MATCH (partner)-[a:AFFILIATED_WITH]->(i:Institution)<-[b:AFFILIATED_WITH]-(me)
           WHERE (a.to IS NULL OR a.to >= date()) AND (b.to IS NULL OR b.to >= date())
         })
  WITH me, partner, teaches, learns,
       reduce(v = 0.0, t IN teaches | v + (4 - t.priority) / 3.0 * t.level / toFloat($highestLevel)) AS teachValue,
       reduce(v = 0.0, l IN learns | v + (4 - l.priority) / 3.0 * l.level / toFloat($highestLevel)) AS learnValue,
       $ranks[partner.careerStage] - $ranks[me.careerStage] AS gap
  WITH me, partner, teaches, learns, teachValue, learnValue, gap,
       CASE WHEN teachValue < learnValue THEN teachValue ELSE learnValue END
       + 0.25 * (teachValue + learnValue)
       + CASE WHEN gap <> 0 THEN 0.2 + 0.05 * abs(gap) ELSE 0.0 END AS score
  ORDER BY score DESC, partner.id
  LIMIT $limit
  RETURN collect({id: partner.id, name: partner.name, careerStage: partner.careerStage, score: score,
                  teaches: teaches, learns: learns}) AS pairs
}
RETURN me IS NOT NULL AS found, me.careerStage AS stage, pairs
