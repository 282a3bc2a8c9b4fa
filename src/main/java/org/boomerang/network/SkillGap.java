package org.boomerang.network;

import java.util.List;

import org.boomerang.skill.Skill;

/**
 * A skill wanted in a place with fewer teachers there than people who want it.
 *
 * @param skill the skill
 * @param wanters people of the place who want to learn it
 * @param teachersInside people of the place who can teach it
 * @param teachersElsewhere people elsewhere who can teach it
 * @param sources the places of the teachers elsewhere, most teachers first
 */
record SkillGap(Skill skill, int wanters, int teachersInside, int teachersElsewhere, List<Place> sources) {
}
