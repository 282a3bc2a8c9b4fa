package org.boomerang.api;

import java.util.List;

/**
 * The request is wrong (a value out of range, an unknown reference, a rule broken); the
 * message says what and how to fix it. Reported as {@code BAD_REQUEST}.
 */
public class BadRequestException extends ApiException {

	public BadRequestException(String message) {
		this(message, List.of());
	}

	public BadRequestException(String message, List<Problem> problems) {
		super(ErrorCode.BAD_REQUEST, message, problems);
	}

}
