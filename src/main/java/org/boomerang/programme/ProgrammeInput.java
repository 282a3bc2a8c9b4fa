package org.boomerang.programme;

import org.boomerang.model.ProgrammeKind;

import java.util.List;

/**
 * A programme to create or restate (GraphQL {@code ProgrammeInput}).
 *
 * @param id the id
 * @param name the name
 * @param kind the kind
 * @param institutions ids of the institutions taking part
 * @param coordinators ids of the coordinators
 * @param rules the rules; fields left out keep their stored or default values
 */
record ProgrammeInput(String id, String name, ProgrammeKind kind, List<String> institutions, List<String> coordinators,
		RulesInput rules) {

	/**
	 * Pairing rules as given; null fields are not given.
	 *
	 * @param crossProfession mentor and mentee must not share a profession
	 * @param crossInstitution mentor and mentee must not share a current institution
	 * @param maxMenteesPerMentor the most mentees per mentor
	 */
	record RulesInput(Boolean crossProfession, Boolean crossInstitution, Integer maxMenteesPerMentor) {

		ProgrammeRules over(ProgrammeRules stored) {
			return new ProgrammeRules((this.crossProfession != null) ? this.crossProfession : stored.crossProfession(),
					(this.crossInstitution != null) ? this.crossInstitution : stored.crossInstitution(),
					(this.maxMenteesPerMentor != null) ? this.maxMenteesPerMentor : stored.maxMenteesPerMentor());
		}

	}

}
