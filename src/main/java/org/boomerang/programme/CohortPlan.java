package org.boomerang.programme;

import java.util.List;

/**
 * The solver's answer: the pairs, what they score together and every mentee left out.
 *
 * @param <P> the service's details of a pair
 * @param pairs the locked and the chosen pairs, by mentee id
 * @param unmatched every mentee without a mentor, by mentee id
 * @param totalScore the sum of the pairs' scores
 * @param optimal whether the flow came with a certificate that no other plan within the
 * rules, places and locks scores more (scores counted to
 * {@link CohortAssignment#UNITS_PER_SCORE a millionth})
 */
record CohortPlan<P>(List<PlannedPair<P>> pairs, List<Unmatched> unmatched, double totalScore, boolean optimal) {

	CohortPlan {
		pairs = List.copyOf(pairs);
		unmatched = List.copyOf(unmatched);
	}

}
