package org.boomerang.programme;

/**
 * Outcomes of the mentorships of one programme (or none) and one origin.
 *
 * @param programme the programme's id, or null outside programmes
 * @param programmeName its name when recorded
 * @param origin SELF_IDENTIFIED or ASSIGNED
 * @param mentorships how many mentorships
 * @param transfers how many transfers inside them
 * @param transfersPerMentorship transfers / mentorships
 * @param reciprocalShare the share of mentorships in which both sides taught
 * @param confirmedShare the share of transfers the learner confirmed
 * @param meanRating the mean rating of rated transfers, or null
 */
record MentoringOutcome(String programme, String programmeName, String origin, int mentorships, int transfers,
		double transfersPerMentorship, double reciprocalShare, double confirmedShare, Double meanRating) {
}
