package org.boomerang.person;

import org.boomerang.skill.Skill;

/**
 * A skill a person has: {@code (Person)-[:HAS_SKILL]->(Skill)}.
 *
 * @param skill the skill
 * @param level 1 (beginner) to 5 (expert)
 * @param canTeach whether the person offers to teach it
 */
public record PersonSkill(Skill skill, int level, boolean canTeach) {
}
