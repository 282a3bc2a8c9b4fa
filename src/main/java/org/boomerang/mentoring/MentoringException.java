package org.boomerang.mentoring;

/**
 * A mentoring request that cannot be carried out: bad input, a full mentor, a conflicting
 * transfer, or something that does not exist. Its {@link #code()} is the GraphQL error
 * code ({@code extensions.code}).
 */
public class MentoringException extends RuntimeException {

	private final String code;

	MentoringException(String code, String message) {
		super(message);
		this.code = code;
	}

	static MentoringException badRequest(String message) {
		return new MentoringException("BAD_REQUEST", message);
	}

	static MentoringException notFound(String message) {
		return new MentoringException("NOT_FOUND", message);
	}

	/**
	 * The error code for clients.
	 * @return {@code BAD_REQUEST} or {@code NOT_FOUND}
	 */
	public String code() {
		return this.code;
	}

}
