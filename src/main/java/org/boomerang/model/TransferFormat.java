package org.boomerang.model;

/**
 * The setting of one act of teaching.
 */
public enum TransferFormat {

	/** A one-to-one session. */
	ONE_TO_ONE,
	/** A session with a group of learners. */
	GROUP_SESSION,
	/** A workshop. */
	WORKSHOP,
	/** A one-off question, outside an established mentorship. */
	CONSULT,
	/** An online session. */
	ONLINE

}
