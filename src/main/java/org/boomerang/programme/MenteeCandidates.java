package org.boomerang.programme;

import java.util.List;
import java.util.Map;

/**
 * One mentee of the cohort with the mentors who could take them, already filtered by the
 * programme's rules (the coordinator's exclusions are applied by the solver).
 *
 * @param <P> the service's details of a pair
 * @param menteeId the mentee's id
 * @param wantsToLearn whether the mentee has said what they want to learn; without it
 * there can be no candidate
 * @param candidates the mentee's best candidates, each mentor at most once
 * @param removedByRule how many mentors who teach what the mentee wants the programme's
 * rules took out, per rule; it tells "the rules exclude them all" from "nobody teaches
 * it" when no candidate is left
 */
record MenteeCandidates<P>(String menteeId, boolean wantsToLearn, List<Candidate<P>> candidates,
		Map<PairRule, Integer> removedByRule) {

	MenteeCandidates {
		candidates = List.copyOf(candidates);
		removedByRule = Map.copyOf(removedByRule);
	}

}
