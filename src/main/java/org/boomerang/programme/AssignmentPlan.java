package org.boomerang.programme;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.IntStream;

import org.boomerang.model.MentoringDirection;

/**
 * A proposed assignment as kept in the graph until published.
 *
 * @param id the plan's id
 * @param programmeId the programme it is for
 * @param pairs the pairs, by mentee id
 * @param unmatched the mentees left out, by mentee id
 * @param totalScore the pairs' total score
 * @param optimal whether the solver certified that no plan scores more
 * @param createdAt when it was proposed
 * @param publishedAt when it was published, or null
 */
record AssignmentPlan(String id, String programmeId, List<Pair> pairs, List<Left> unmatched, double totalScore,
		boolean optimal, OffsetDateTime createdAt, OffsetDateTime publishedAt) {

	/**
	 * A pair of the plan (GraphQL {@code PlannedPair}).
	 *
	 * @param mentorId the mentor
	 * @param menteeId the mentee
	 * @param skillIds the wanted skills the mentor teaches, best fit first
	 * @param score the whoCanTeach score of the pair
	 * @param direction which way the teaching runs
	 * @param reasons the whoCanTeach reasons
	 * @param locked whether the coordinator locked it
	 */
	record Pair(String mentorId, String menteeId, List<String> skillIds, double score, MentoringDirection direction,
			List<String> reasons, boolean locked) {
	}

	/**
	 * A mentee of the cohort without a mentor (GraphQL {@code Unmatched}).
	 *
	 * @param menteeId the mentee
	 * @param reason why, in words
	 */
	record Left(String menteeId, String reason) {
	}

	/**
	 * The id of the mentorship a pair of this plan becomes: the plan's id and the pair's
	 * position, so publishing again states the same mentorships.
	 * @param index the pair's position in {@link #pairs}
	 * @return the mentorship's id
	 */
	String mentorshipId(int index) {
		return this.id + "#" + (index + 1);
	}

	List<String> mentorshipIds() {
		return IntStream.range(0, this.pairs.size()).mapToObj(this::mentorshipId).toList();
	}

}
