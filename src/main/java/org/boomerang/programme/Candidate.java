package org.boomerang.programme;

/**
 * A mentor who could take a mentee, with the pair's score from the same scoring as
 * {@code whoCanTeach}.
 *
 * @param <P> what the service attaches to the pair (matched skills, reasons, direction);
 * the solver carries it through untouched
 * @param mentorId the mentor's id
 * @param score what the mentee wants to learn against what the mentor can teach; above
 * zero and at most {@link CohortAssignment#MAX_SCORE}
 * @param payload the service's details of the pair, handed back with the planned pair
 */
record Candidate<P>(String mentorId, double score, P payload) {
}
