package org.boomerang.model;

/**
 * The scale a person's level in a skill is given on: from {@link #LOWEST} (a beginner) to
 * {@link #HIGHEST} (an expert). The import's validation, the GraphQL filters and the
 * ranking all read it from here.
 */
public final class SkillLevel {

	/** A beginner. */
	public static final int LOWEST = 1;

	/** An expert. */
	public static final int HIGHEST = 5;

	private SkillLevel() {
	}

}
