package org.boomerang.graph;

import java.time.Duration;
import java.util.Optional;

/**
 * The time limit of the request this thread is answering, if any: the web layer starts
 * one for each GraphQL request ({@link #start(Duration)}), and every transaction run
 * meanwhile gets a timeout that ends it no later than the request
 * ({@link DatabaseClientConfiguration}), so a request cut short leaves no database work
 * behind. Threads without a deadline (background work, imports, the command line) run
 * without one.
 */
public final class RequestDeadline {

	private static final ThreadLocal<RequestDeadline> CURRENT = new ThreadLocal<>();

	private final long deadlineNanos;

	private final Duration limit;

	private RequestDeadline(long deadlineNanos, Duration limit) {
		this.deadlineNanos = deadlineNanos;
		this.limit = limit;
	}

	/**
	 * Sets a deadline on this thread until the returned scope is closed.
	 * @param limit how long the request may take from now
	 * @return the scope; closing it restores what the thread had before
	 */
	public static Scope start(Duration limit) {
		RequestDeadline previous = CURRENT.get();
		CURRENT.set(new RequestDeadline(System.nanoTime() + limit.toNanos(), limit));
		return () -> {
			if (previous != null) {
				CURRENT.set(previous);
			}
			else {
				CURRENT.remove();
			}
		};
	}

	/**
	 * The time left to the request this thread answers.
	 * @return the time left (zero or less once it has passed), or empty without a
	 * deadline
	 */
	public static Optional<Duration> remaining() {
		RequestDeadline deadline = CURRENT.get();
		return (deadline != null) ? Optional.of(Duration.ofNanos(deadline.deadlineNanos - System.nanoTime()))
				: Optional.empty();
	}

	/**
	 * Fails once the request this thread answers has run out of time.
	 * @throws RequestTimedOutException when the deadline has passed
	 */
	public static void check() {
		RequestDeadline deadline = CURRENT.get();
		if (deadline != null && System.nanoTime() - deadline.deadlineNanos >= 0) {
			throw new RequestTimedOutException(deadline.limit);
		}
	}

	/**
	 * The time limit the current deadline was started with.
	 * @return the limit, or empty without a deadline
	 */
	public static Optional<Duration> limit() {
		RequestDeadline deadline = CURRENT.get();
		return (deadline != null) ? Optional.of(deadline.limit) : Optional.empty();
	}

	/**
	 * A deadline in force; closing it ends it.
	 */
	@FunctionalInterface
	public interface Scope extends AutoCloseable {

		@Override
		void close();

	}

}
