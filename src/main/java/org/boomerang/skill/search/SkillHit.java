package org.boomerang.skill.search;

import org.boomerang.skill.Skill;

/**
 * A skill a topic resolved to, as GraphQL's {@code SkillHit}.
 *
 * @param skill the skill
 * @param score its weight in (0, 1]
 * @param via how it matched
 * @param matched the words of the topic that made it match
 * @param alias the alias that matched, for {@code ALIAS}
 * @param expandedFrom for {@code NARROWER}/{@code BROADER}: the matched skill it was
 * reached from
 */
public record SkillHit(Skill skill, double score, String via, String matched, String alias, Skill expandedFrom) {
}
