package org.boomerang.importing;

/**
 * One thing wrong with an import document.
 *
 * @param path JSON path of the offending value, e.g. {@code $.people[17].skills[2].level}
 * @param message what is wrong, in words a person can act on
 */
public record ImportProblem(String path, String message) {
}
