package org.boomerang.teaching;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.boomerang.api.BadRequestException;

/**
 * Opaque page cursors: the position after an edge, encoded so that clients do not build
 * them.
 */
final class Cursors {

	private static final String PREFIX = "teach:";

	private Cursors() {
	}

	static String after(int position) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The position a cursor stands for; 0 without a cursor.
	 */
	static int position(String cursor) {
		if (cursor == null) {
			return 0;
		}
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (text.startsWith(PREFIX)) {
				int position = Integer.parseInt(text.substring(PREFIX.length()));
				if (position >= 0) {
					return position;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		throw new BadRequestException("after '" + ((cursor.length() > 40) ? cursor.substring(0, 40) + "..." : cursor)
				+ "' is not a cursor of whoCanTeach: pass the endCursor of the previous page, or leave after out");
	}

}
