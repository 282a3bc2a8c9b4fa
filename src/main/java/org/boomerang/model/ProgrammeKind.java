package org.boomerang.model;

/**
 * What kind of mentoring a programme runs, and so which direction its pairs may take (the
 * import document's programme {@code kind} and the GraphQL enum).
 */
public enum ProgrammeKind {

	/** Juniors mentor seniors: the mentor stands at a lower career stage. */
	REVERSE,
	/** Pairs teach each other; any direction. */
	RECIPROCAL,
	/** Seniors mentor juniors: the mentor stands at a higher career stage. */
	TRADITIONAL,
	/** Any direction. */
	OPEN;

	/**
	 * Whether a pair running this way fits the programme.
	 * @param direction the pair's direction by career stage
	 * @return true when it fits
	 */
	public boolean admits(MentoringDirection direction) {
		return switch (this) {
			case REVERSE -> direction == MentoringDirection.REVERSE;
			case TRADITIONAL -> direction == MentoringDirection.TRADITIONAL;
			case RECIPROCAL, OPEN -> true;
		};
	}

}
