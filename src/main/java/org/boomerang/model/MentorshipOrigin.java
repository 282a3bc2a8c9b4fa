package org.boomerang.model;

/**
 * How a mentoring pair came about; recorded because which works better is an open
 * question.
 */
public enum MentorshipOrigin {

	/** The two people found each other. */
	SELF_IDENTIFIED,
	/** A programme coordinator paired them. */
	ASSIGNED

}
