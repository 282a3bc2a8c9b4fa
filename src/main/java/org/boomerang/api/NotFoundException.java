package org.boomerang.api;

import java.util.List;

/**
 * Something the request names does not exist (for operations that need it to; plain
 * lookups by id answer null instead). Reported as {@code NOT_FOUND}.
 */
public class NotFoundException extends ApiException {

	public NotFoundException(String message) {
		super(ErrorCode.NOT_FOUND, message, List.of());
	}

}
