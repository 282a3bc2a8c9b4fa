package org.boomerang.api;

/**
 * One thing wrong with a request.
 *
 * @param path where in the request, e.g. {@code input.skills[0].level}
 * @param message what is wrong, in words a person can act on
 */
public record Problem(String path, String message) {
}
