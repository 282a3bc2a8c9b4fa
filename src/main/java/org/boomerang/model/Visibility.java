package org.boomerang.model;

/**
 * Who may see a person in search results.
 */
public enum Visibility {

	/** Everyone in the network. */
	NETWORK,
	/** People of the same institution. */
	INSTITUTION,
	/** Only the person and coordinators. */
	PRIVATE

}
