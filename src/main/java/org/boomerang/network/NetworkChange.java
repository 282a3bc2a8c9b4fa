package org.boomerang.network;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * New transfers fell into a window a page watches.
 *
 * @param since the window's first day, or null
 * @param until its last day, or null
 * @param transfers how many of the new transfers fall into it
 * @param at when the server noticed them
 */
record NetworkChange(LocalDate since, LocalDate until, int transfers, ZonedDateTime at) {
}
