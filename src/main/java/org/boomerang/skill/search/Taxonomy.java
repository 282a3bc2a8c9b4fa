package org.boomerang.skill.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable snapshot of the skill taxonomy ({@code BROADER} edges both ways) and of
 * skill names, swapped whole whenever the index changes.
 *
 * @param broader the broader skills of each skill
 * @param narrower the narrower skills of each skill
 * @param names the name of each skill
 */
record Taxonomy(Map<String, List<String>> broader, Map<String, List<String>> narrower, Map<String, String> names) {

	static final Taxonomy EMPTY = new Taxonomy(Map.of(), Map.of(), Map.of());

	static Taxonomy of(Collection<IndexedSkill> skills) {
		Map<String, List<String>> broader = new HashMap<>();
		Map<String, List<String>> narrower = new HashMap<>();
		Map<String, String> names = new HashMap<>();
		for (IndexedSkill skill : skills) {
			names.put(skill.id(), skill.name());
		}
		for (IndexedSkill skill : skills) {
			for (String parent : skill.broader()) {
				if (names.containsKey(parent)) {
					broader.computeIfAbsent(skill.id(), (k) -> new ArrayList<>()).add(parent);
					narrower.computeIfAbsent(parent, (k) -> new ArrayList<>()).add(skill.id());
				}
			}
		}
		return new Taxonomy(Map.copyOf(broader), Map.copyOf(narrower), Map.copyOf(names));
	}

	List<String> broaderOf(String id) {
		return this.broader.getOrDefault(id, List.of());
	}

	List<String> narrowerOf(String id) {
		return this.narrower.getOrDefault(id, List.of());
	}

}
