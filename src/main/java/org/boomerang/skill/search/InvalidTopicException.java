package org.boomerang.skill.search;

/**
 * A topic or prefix that cannot be searched: empty, or longer than allowed. The message
 * says what to change.
 */
public class InvalidTopicException extends RuntimeException {

	public InvalidTopicException(String message) {
		super(message);
	}

}
