package org.boomerang.importing;

import java.util.List;

/**
 * The ESCO skills pillar, or a part of it: skills and skill groups with their broader
 * links. Skills come first, then groups, each in the order of the export.
 *
 * @param concepts the skills and groups
 */
public record EscoTaxonomy(List<EscoConcept> concepts) {

	public EscoTaxonomy {
		concepts = List.copyOf(concepts);
	}

	/**
	 * The skills (not the groups).
	 * @return the skills
	 */
	public List<EscoConcept> skills() {
		return this.concepts.stream().filter((c) -> !c.group()).toList();
	}

	/**
	 * The skill groups.
	 * @return the groups
	 */
	public List<EscoConcept> groups() {
		return this.concepts.stream().filter(EscoConcept::group).toList();
	}

	/**
	 * The number of broader links.
	 * @return links over all concepts
	 */
	public int broaderLinks() {
		return this.concepts.stream().mapToInt((c) -> c.broader().size()).sum();
	}

}
