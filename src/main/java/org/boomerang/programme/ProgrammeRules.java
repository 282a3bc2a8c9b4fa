package org.boomerang.programme;

/**
 * How a programme's pairs may be formed.
 *
 * @param crossProfession mentor and mentee must not share a profession
 * @param crossInstitution mentor and mentee must not share a current institution
 * @param maxMenteesPerMentor the most mentees one mentor takes in the programme
 */
record ProgrammeRules(boolean crossProfession, boolean crossInstitution, int maxMenteesPerMentor) {

	/** The rules of a new programme that states none. */
	static final ProgrammeRules DEFAULT = new ProgrammeRules(false, false, 1);

	/** The most a programme may set for its most mentees per mentor. */
	static final int MOST_MENTEES = 20;

}
