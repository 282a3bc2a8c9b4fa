package org.boomerang.person;

import java.time.LocalDate;

import org.boomerang.directory.Institution;

/**
 * A person's affiliation with an institution:
 * {@code (Person)-[:AFFILIATED_WITH]->(Institution)}.
 *
 * @param institution the institution
 * @param role the person's role there, if given
 * @param from when it began, if known
 * @param to when it ended; null while it lasts
 */
public record Affiliation(Institution institution, String role, LocalDate from, LocalDate to) {
}
