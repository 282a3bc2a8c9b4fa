package org.boomerang.teaching;

import org.boomerang.api.BadRequestException;
import org.boomerang.api.NotFoundException;

/**
 * The refusals of whoCanTeach and reciprocalMatches, as the shared API exceptions.
 */
final class TeachingRequestException {

	private TeachingRequestException() {
	}

	static BadRequestException badRequest(String message) {
		return new BadRequestException(message);
	}

	static NotFoundException notFound(String message) {
		return new NotFoundException(message);
	}

}
