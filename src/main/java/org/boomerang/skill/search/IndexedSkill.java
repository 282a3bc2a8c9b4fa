package org.boomerang.skill.search;

import java.util.List;

/**
 * A skill as the search index holds it.
 *
 * @param id the skill's id
 * @param name its name
 * @param aliases its aliases and abbreviations
 * @param description its description, or null
 * @param broader the ids of its broader skills
 * @param version its {@code updatedAt} as text, to tell whether a polled skill changed
 */
record IndexedSkill(String id, String name, List<String> aliases, String description, List<String> broader,
		String version) {
}
