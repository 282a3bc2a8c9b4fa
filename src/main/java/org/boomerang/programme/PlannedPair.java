package org.boomerang.programme;

/**
 * A pair in a proposed plan.
 *
 * @param <P> the service's details of a pair
 * @param mentorId the mentor's id
 * @param menteeId the mentee's id
 * @param score the pair's score as the candidate carried it
 * @param payload the candidate's details, as given
 * @param locked whether the coordinator locked the pair (it was not chosen by the solver)
 */
record PlannedPair<P>(String mentorId, String menteeId, double score, P payload, boolean locked) {
}
