package org.boomerang.programme;

import java.util.List;
import java.util.Map;

/**
 * What a cohort assignment is solved over: the mentees with their candidates, each
 * mentor's free places and the coordinator's locks and exclusions.
 *
 * @param <P> the service's details of a pair
 * @param mentees the cohort, each mentee once
 * @param freePlaces per mentor, the mentees they can still take in this programme:
 * capacity minus active mentorships, bounded by the programme's most mentees per mentor
 * minus those already assigned to them in it; never negative; every candidate's mentor
 * has an entry
 * @param locked pairs that must be in the plan (each is one of the mentee's candidates
 * and takes one of the mentor's places)
 * @param excluded pairs that must not be in the plan
 */
record AssignmentProblem<P>(List<MenteeCandidates<P>> mentees, Map<String, Integer> freePlaces, List<Pairing> locked,
		List<Pairing> excluded) {

	AssignmentProblem {
		mentees = List.copyOf(mentees);
		freePlaces = Map.copyOf(freePlaces);
		locked = List.copyOf(locked);
		excluded = List.copyOf(excluded);
	}

}
