package org.boomerang.api;

import java.util.List;

/**
 * The caller is known but may not do this. Reported as {@code FORBIDDEN}.
 */
public class ForbiddenException extends ApiException {

	public ForbiddenException(String message) {
		super(ErrorCode.FORBIDDEN, message, List.of());
	}

}
