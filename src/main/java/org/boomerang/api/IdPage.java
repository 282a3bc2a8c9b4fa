package org.boomerang.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list in id order (a Relay connection whose cursor is the id of its last
 * edge), for the integrators' read-back queries: a page costs the same wherever it
 * starts, and nothing is skipped or repeated while the list grows.
 *
 * @param <T> what the list holds
 * @param edges the items of this page with their cursors
 * @param pageInfo whether more follow, and where to continue
 */
public record IdPage<T>(List<Edge<T>> edges, PageInfo pageInfo) {

	/** The most items one page may hold. */
	public static final int MAX_FIRST = 100;

	/**
	 * One item of a page.
	 *
	 * @param <T> what the list holds
	 * @param cursor where this item stands, for {@code after}
	 * @param node the item
	 */
	public record Edge<T>(String cursor, T node) {
	}

	/**
	 * Checks a page size.
	 * @param first the size asked for, or null for the default of 20
	 * @return the size
	 * @throws BadRequestException when it is negative or over {@link #MAX_FIRST}
	 */
	public static int size(Integer first) {
		int size = (first != null) ? first : 20;
		if (size < 0 || size > MAX_FIRST) {
			throw new BadRequestException("first must be between 0 and " + MAX_FIRST + ", not " + size
					+ "; page through longer lists with after: pageInfo.endCursor");
		}
		return size;
	}

	/**
	 * The id a cursor of this list stands at.
	 * @param list the list's name, as in its query (a cursor of another list is refused)
	 * @param after the cursor, or null to start from the beginning
	 * @return the id after which the page starts ("" for the beginning)
	 * @throws BadRequestException when it is not a cursor of this list
	 */
	public static String after(String list, String after) {
		if (after == null) {
			return "";
		}
		try {
			String position = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
			if (position.startsWith(list + ":")) {
				return position.substring(list.length() + 1);
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		String shown = (after.length() <= 40) ? after : after.substring(0, 40) + "...";
		throw new BadRequestException("after: '" + shown + "' is not a cursor of " + list
				+ "; pass pageInfo.endCursor (or an edge's cursor) from a previous " + list
				+ " answer, or leave after out to start from the beginning");
	}

	/**
	 * Makes a page of the items a query returned when asked for one more than the size.
	 * @param <T> what the list holds
	 * @param list the list's name, as in {@link #after}
	 * @param items up to size + 1 items in id order
	 * @param size the page size
	 * @param id an item's id
	 * @return the page
	 */
	public static <T> IdPage<T> of(String list, List<T> items, int size, Function<T, String> id) {
		List<Edge<T>> edges = items.stream()
			.limit(size)
			.map((item) -> new Edge<>(Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString((list + ":" + id.apply(item)).getBytes(StandardCharsets.UTF_8)), item))
			.toList();
		String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		return new IdPage<>(edges, new PageInfo(items.size() > size, end));
	}

}
