package org.boomerang.graph;

import java.time.Duration;

/**
 * The request ran out of its time limit ({@link RequestDeadline}) before this piece of
 * its work could start or end.
 */
public class RequestTimedOutException extends RuntimeException {

	private final Duration limit;

	public RequestTimedOutException(Duration limit) {
		super("the request ran longer than its limit of " + limit.toMillis() + " ms");
		this.limit = limit;
	}

	/**
	 * The limit the request had.
	 * @return the limit
	 */
	public Duration limit() {
		return this.limit;
	}

}
