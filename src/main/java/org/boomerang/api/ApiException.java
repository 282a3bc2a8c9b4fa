package org.boomerang.api;

import java.util.List;

/**
 * A failure that the API reports to its caller with a code and a message the caller can
 * act on. Features throw one of its subclasses; the GraphQL error resolver turns it into
 * an error with {@code extensions.code} (and {@code extensions.problems} when there are
 * any). This package depends on nothing, so every feature may use it.
 */
public abstract class ApiException extends RuntimeException {

	private final ErrorCode code;

	private final List<Problem> problems;

	protected ApiException(ErrorCode code, String message, List<Problem> problems) {
		super(message);
		this.code = code;
		this.problems = List.copyOf(problems);
	}

	/**
	 * The code reported in {@code extensions.code}.
	 * @return the code
	 */
	public ErrorCode code() {
		return this.code;
	}

	/**
	 * The individual problems, each with its path; empty when the message says it all.
	 * @return the problems
	 */
	public List<Problem> problems() {
		return this.problems;
	}

}
