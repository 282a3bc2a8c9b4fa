package org.boomerang.importing;

import java.util.Map;

/**
 * What an import did.
 *
 * @param counts per kind (document key), how many entities were created, updated or left
 * unchanged
 * @param tookMs wall-clock milliseconds from receiving the document to the last write
 */
public record ImportResult(Map<String, Counts> counts, long tookMs) {

	/**
	 * Counts for one kind.
	 *
	 * @param created entities that did not exist before
	 * @param updated entities whose content changed
	 * @param unchanged entities already exactly as in the document
	 */
	public record Counts(int created, int updated, int unchanged) {
	}

}
