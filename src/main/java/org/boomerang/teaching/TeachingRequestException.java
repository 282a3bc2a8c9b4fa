package org.boomerang.teaching;

/**
 * A whoCanTeach or reciprocalMatches request that cannot be answered as asked; the
 * message says what to change. The code is the contract's {@code extensions.code}.
 */
class TeachingRequestException extends RuntimeException {

	private final String code;

	TeachingRequestException(String code, String message) {
		super(message);
		this.code = code;
	}

	static TeachingRequestException badRequest(String message) {
		return new TeachingRequestException("BAD_REQUEST", message);
	}

	static TeachingRequestException notFound(String message) {
		return new TeachingRequestException("NOT_FOUND", message);
	}

	String code() {
		return this.code;
	}

}
