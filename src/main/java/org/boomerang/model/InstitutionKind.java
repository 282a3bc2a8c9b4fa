package org.boomerang.model;

/**
 * What kind of organisation an institution is.
 */
public enum InstitutionKind {

	/** A hospital. */
	HOSPITAL,
	/** A university. */
	UNIVERSITY,
	/** A research institute. */
	RESEARCH_INSTITUTE,
	/** A health service (district, community or primary care provider). */
	HEALTH_SERVICE,
	/** Anything else. */
	OTHER

}
