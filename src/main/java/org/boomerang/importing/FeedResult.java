package org.boomerang.importing;

import java.util.Map;

/**
 * What an HR feed did.
 *
 * @param counts the people created, updated (their HR facts changed) and left unchanged,
 * under {@code people}
 * @param affiliationsEnded people of a full feed's institution whom the feed left out,
 * whose affiliation was ended on the feed's date
 * @param tookMs wall-clock milliseconds from receiving the feed to the last write
 */
public record FeedResult(Map<String, ImportResult.Counts> counts, int affiliationsEnded, long tookMs) {
}
