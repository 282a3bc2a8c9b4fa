package org.boomerang.person;

import java.util.List;

import org.boomerang.api.PageInfo;

/**
 * One page of people (a Relay connection). {@code totalCount} is counted only when asked
 * for, from {@code search}.
 *
 * @param edges the people of this page with their cursors
 * @param pageInfo whether more follow, and where to continue
 * @param search the lower-cased search text the page was taken from, or null for everyone
 */
record PersonConnection(List<Edge> edges, PageInfo pageInfo, String search) {

	/**
	 * One person of a page.
	 *
	 * @param cursor where this person stands in the order, for {@code after}
	 * @param node the person
	 */
	record Edge(String cursor, Person node) {
	}

}
