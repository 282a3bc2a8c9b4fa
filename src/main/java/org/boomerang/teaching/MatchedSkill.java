package org.boomerang.teaching;

/**
 * A teacher's skill that matched the topic.
 *
 * @param skillId the skill's id
 * @param level the teacher's level, 1-5
 * @param canTeach whether the teacher offers to teach it
 * @param via how the skill matched the topic
 * @param weight how well the skill matches the topic
 */
public record MatchedSkill(String skillId, int level, boolean canTeach, String via, double weight) {
}
