package org.boomerang.api;

/**
 * The Relay {@code PageInfo} of a cursor connection.
 *
 * @param hasNextPage whether more edges follow the last one of this page
 * @param endCursor the cursor of the last edge of this page, or null when the page is
 * empty
 */
public record PageInfo(boolean hasNextPage, String endCursor) {
}
