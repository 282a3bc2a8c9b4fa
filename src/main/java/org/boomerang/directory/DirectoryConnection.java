package org.boomerang.directory;

import java.util.List;

import org.boomerang.api.PageInfo;

/**
 * One page of institutions or professions (a Relay connection), in name order.
 *
 * @param <T> what the page lists
 * @param edges the items of this page with their cursors
 * @param pageInfo whether more follow, and where to continue
 */
record DirectoryConnection<T>(List<Edge<T>> edges, PageInfo pageInfo) {

	/**
	 * One item of a page.
	 *
	 * @param <T> what the page lists
	 * @param cursor where this item stands in the order, for {@code after}
	 * @param node the item
	 */
	record Edge<T>(String cursor, T node) {
	}

}
