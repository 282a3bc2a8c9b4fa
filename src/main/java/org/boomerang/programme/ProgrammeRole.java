package org.boomerang.programme;

/**
 * The part a person takes in a programme.
 */
enum ProgrammeRole {

	/** In the mentor pool. */
	MENTOR,
	/** In the mentee cohort. */
	MENTEE

}
