package org.boomerang.model;

/**
 * Which way teaching runs relative to career stage.
 */
public enum MentoringDirection {

	/** The teacher stands at a higher career stage than the learner. */
	TRADITIONAL,
	/** Both stand at the same career stage. */
	PEER,
	/** The teacher stands at a lower career stage than the learner. */
	REVERSE

}
