package org.boomerang.skill.search;

/**
 * One skill a topic resolved to.
 *
 * @param skillId the skill's id
 * @param name the skill's name
 * @param weight how well it matches, in (0, 1]; 1 is the skill named exactly
 * @param via how it matched
 * @param matched the words of the topic that made it match (for {@link Via#FUZZY}, as
 * corrected: {@code teleheath -> telehealth}); for expansions, those of the skill it was
 * expanded from
 * @param alias the alias that matched, for {@link Via#ALIAS} (and for expansions of an
 * alias match)
 * @param from for {@link Via#NARROWER} and {@link Via#BROADER}: the id of the matched
 * skill this one was reached from
 * @param fromName the name of that skill
 */
public record SkillMatch(String skillId, String name, double weight, Via via, String matched, String alias, String from,
		String fromName) {
}
