package org.boomerang.graph;

import java.util.Locale;

import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

/**
 * Tells, from an exception that escaped the Neo4j driver (or anything that wraps one),
 * why the database did not answer, so the web layer can say so without knowing the
 * driver's types: the database is away ({@link #unavailable(Throwable)}), or the request
 * ran out of time ({@link #timedOut(Throwable)}). Anything else is a fault.
 */
public final class DatabaseFailures {

	private DatabaseFailures() {
	}

	/**
	 * Whether the database could not be reached, or gave up for a transient reason even
	 * after the driver's retries ({@code boomerang.neo4j.max-retry-time}): sending the
	 * same request later may well succeed.
	 * @param failure what was thrown
	 * @return whether the database is, for now, unavailable
	 */
	public static boolean unavailable(Throwable failure) {
		if (timedOut(failure)) {
			return false;
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException
					|| cause instanceof TransientException) {
				return true;
			}
			// The pool's wait for a connection
			// (boomerang.neo4j.connection-acquisition-timeout)
			// ended: every connection is busy with a database that does not answer.
			if (cause.getMessage() != null
					&& cause.getMessage().contains("Unable to acquire connection from the pool")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the request ran out of time: its deadline passed before a statement could
	 * start, or the database ended a transaction at the timeout it was given.
	 * @param failure what was thrown
	 * @return whether the request timed out
	 */
	public static boolean timedOut(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof RequestTimedOutException) {
				return true;
			}
			if (cause instanceof Neo4jException neo4j && neo4j.code() != null
					&& neo4j.code().toLowerCase(Locale.ROOT).contains("transactiontimedout")) {
				return true;
			}
		}
		return false;
	}

}
