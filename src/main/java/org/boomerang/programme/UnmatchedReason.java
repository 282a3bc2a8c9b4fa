package org.boomerang.programme;

/**
 * Why a mentee has no mentor in a plan.
 */
enum UnmatchedReason {

	/** The mentee has not said what they want to learn. */
	WANTS_NOTHING,

	/** Nobody in the programme's mentor pool teaches what the mentee wants. */
	NO_TEACHER_IN_POOL,

	/**
	 * Mentors teach what the mentee wants, but the rules or the coordinator exclude every
	 * one.
	 */
	EXCLUDED_BY_RULES,

	/**
	 * The mentee has candidates, but none has a free place left: active mentorships took
	 * them, or the best plan gave them to mentees who score more with those mentors.
	 */
	CANDIDATES_FULL

}
