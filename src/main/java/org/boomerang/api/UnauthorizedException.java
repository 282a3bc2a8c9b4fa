package org.boomerang.api;

import java.util.List;

/**
 * The caller must authenticate first. Reported as {@code UNAUTHORIZED}.
 */
public class UnauthorizedException extends ApiException {

	public UnauthorizedException(String message) {
		super(ErrorCode.UNAUTHORIZED, message, List.of());
	}

}
