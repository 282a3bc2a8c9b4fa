package org.boomerang.demo;

import java.util.List;
import java.util.Set;

/**
 * A skill of the organisations themselves, beyond ESCO: digital-health tools, teaching
 * methods, local systems, with the aliases and abbreviations staff use for them.
 *
 * @param id the skill id
 * @param name the name
 * @param aliases synonyms and abbreviations
 * @param description a short description
 * @param area the area it belongs to
 * @param broader ids of broader local skills
 * @param escoLabels preferred labels of broader ESCO skills, linked when present in the
 * ESCO selection loaded
 * @param professions the professions it fits; empty for every clinical profession (a
 * clinical skill) or everyone (any other)
 */
record LocalSkill(String id, String name, List<String> aliases, String description, SkillArea area,
		List<String> broader, List<String> escoLabels, Set<Profession> professions) {

	static LocalSkill of(String id, SkillArea area, String name, String description, List<String> aliases) {
		return new LocalSkill(id, name, aliases, description, area, List.of(), List.of(), Set.of());
	}

	LocalSkill under(String... localIds) {
		return new LocalSkill(this.id, this.name, this.aliases, this.description, this.area, List.of(localIds),
				this.escoLabels, this.professions);
	}

	LocalSkill esco(String... labels) {
		return new LocalSkill(this.id, this.name, this.aliases, this.description, this.area, this.broader,
				List.of(labels), this.professions);
	}

	LocalSkill forProfessions(Profession... owners) {
		return new LocalSkill(this.id, this.name, this.aliases, this.description, this.area, this.broader,
				this.escoLabels, Set.of(owners));
	}

}
