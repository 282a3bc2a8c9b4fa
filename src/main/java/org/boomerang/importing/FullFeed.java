package org.boomerang.importing;

import java.time.LocalDate;

/**
 * An HR feed that lists everyone affiliated with one institution on a day: people of the
 * institution whom it leaves out get their affiliation ended on that day.
 *
 * @param institution the institution's id
 * @param date the feed's date
 */
public record FullFeed(String institution, LocalDate date) {
}
