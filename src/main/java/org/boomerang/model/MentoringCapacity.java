package org.boomerang.model;

/**
 * How many active mentorships a person holds as mentor at most: given per person, from 0
 * to {@link #HIGHEST}, {@link #DEFAULT} when not given. The import, the GraphQL reads and
 * the queries that count free places all read it from here.
 */
public final class MentoringCapacity {

	/** The capacity of a person who gave none. */
	public static final int DEFAULT = 2;

	/** The highest capacity a person may give. */
	public static final int HIGHEST = 20;

	private MentoringCapacity() {
	}

}
