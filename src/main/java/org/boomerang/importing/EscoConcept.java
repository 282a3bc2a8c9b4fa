package org.boomerang.importing;

import java.util.List;

/**
 * One concept of the ESCO skills pillar, as read from the CSV export: a skill (or
 * knowledge concept) or a skill group.
 *
 * @param uri the ESCO concept URI, used as the skill id
 * @param name the preferred label
 * @param aliases the alternative labels, split and de-duplicated
 * @param description the description, or {@code null}
 * @param broader URIs of the broader concepts, as listed in the broader relations
 * @param group whether this is a skill group rather than a skill
 * @param skillType ESCO's skill type ({@code skill/competence}, {@code knowledge}), empty
 * for groups
 * @param reuseLevel ESCO's reuse level ({@code transversal}, {@code cross-sector},
 * {@code sector-specific}, {@code occupation-specific}), empty for groups
 */
public record EscoConcept(String uri, String name, List<String> aliases, String description, List<String> broader,
		boolean group, String skillType, String reuseLevel) {

	public EscoConcept {
		aliases = List.copyOf(aliases);
		broader = List.copyOf(broader);
	}

	/**
	 * The same concept with other broader links.
	 * @param links the broader URIs
	 * @return a copy
	 */
	public EscoConcept withBroader(List<String> links) {
		return new EscoConcept(this.uri, this.name, this.aliases, this.description, links, this.group, this.skillType,
				this.reuseLevel);
	}

}
