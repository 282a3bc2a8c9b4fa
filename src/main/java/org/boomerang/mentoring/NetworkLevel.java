package org.boomerang.mentoring;

/**
 * The level of the network that knowledge flows are counted at; the order matches the
 * context lists kept on each transfer.
 */
public enum NetworkLevel {

	/** Communities of practice. */
	COMMUNITY,
	/** Professions. */
	PROFESSION,
	/** Institutions. */
	INSTITUTION

}
