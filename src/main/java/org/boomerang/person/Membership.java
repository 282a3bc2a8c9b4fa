package org.boomerang.person;

import java.time.LocalDate;

import org.boomerang.directory.Community;

/**
 * A person's membership of a community of practice:
 * {@code (Person)-[:MEMBER_OF]->(Community)}.
 *
 * @param community the community
 * @param from when it began, if known
 * @param to when it ended; null while it lasts
 */
public record Membership(Community community, LocalDate from, LocalDate to) {
}
