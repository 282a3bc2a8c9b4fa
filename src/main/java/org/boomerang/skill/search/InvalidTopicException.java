package org.boomerang.skill.search;

import org.boomerang.api.BadRequestException;

/**
 * A topic or prefix that cannot be searched: empty, or longer than allowed. The message
 * says what to change; reported as {@code BAD_REQUEST}.
 */
public class InvalidTopicException extends BadRequestException {

	public InvalidTopicException(String message) {
		super(message);
	}

}
