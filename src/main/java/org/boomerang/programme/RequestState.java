package org.boomerang.programme;

/**
 * Where a mentorship request stands.
 */
enum RequestState {

	/** Asked, not yet answered. */
	PENDING,
	/** Accepted: a SELF_IDENTIFIED mentorship started. */
	ACCEPTED,
	/** Declined by the person asked. */
	DECLINED,
	/** Withdrawn by the asker. */
	WITHDRAWN,
	/** Not answered in time. */
	EXPIRED

}
