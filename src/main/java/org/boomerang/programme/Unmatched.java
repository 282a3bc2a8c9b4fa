package org.boomerang.programme;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * A mentee left without a mentor, and why.
 *
 * @param menteeId the mentee's id
 * @param reason why
 * @param candidates how many candidates the mentee had after every rule and exclusion
 * @param removedByRule how many mentors each rule took out, the coordinator's exclusions
 * included
 */
record Unmatched(String menteeId, UnmatchedReason reason, int candidates, Map<PairRule, Integer> removedByRule) {

	Unmatched {
		removedByRule = Map.copyOf(removedByRule);
	}

	/**
	 * The reason in words a coordinator can act on.
	 * @return one sentence
	 */
	String explanation() {
		return switch (this.reason) {
			case WANTS_NOTHING -> "They have not said what they want to learn yet.";
			case NO_TEACHER_IN_POOL -> "Nobody in the programme's mentor pool teaches what they want to learn.";
			case EXCLUDED_BY_RULES -> "Every mentor who teaches what they want is ruled out: " + rulesInWords() + ".";
			case CANDIDATES_FULL -> (this.candidates == 1 ? "The one mentor" : "All " + this.candidates + " mentors")
					+ " who could teach them " + (this.candidates == 1 ? "has" : "have")
					+ " no free place left in this plan.";
		};
	}

	private String rulesInWords() {
		// Enum order, so the sentence reads the same every time.
		return this.removedByRule.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() > 0)
			.sorted(Map.Entry.comparingByKey())
			.map((entry) -> entry.getValue() + " " + entry.getKey().words())
			.collect(Collectors.joining(", "));
	}

}
