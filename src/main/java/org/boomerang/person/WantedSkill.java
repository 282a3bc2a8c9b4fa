package org.boomerang.person;

import org.boomerang.skill.Skill;

/**
 * A skill a person wants to learn: {@code (Person)-[:WANTS_TO_LEARN]->(Skill)}.
 *
 * @param skill the skill
 * @param priority 1 (most wanted) to 3, if given
 */
public record WantedSkill(Skill skill, Integer priority) {
}
