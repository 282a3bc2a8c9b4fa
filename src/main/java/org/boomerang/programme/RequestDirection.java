package org.boomerang.programme;

/**
 * Which of the signed-in person's requests to list.
 */
enum RequestDirection {

	/** Addressed to them. */
	IN,
	/** Sent by them. */
	OUT

}
