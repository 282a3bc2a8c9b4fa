package org.boomerang.teaching;

import java.util.List;

import org.boomerang.model.MentoringDirection;

/**
 * A boomerang pair as GraphQL's {@code ReciprocalMatch}.
 *
 * @param partnerId the other person's id
 * @param teachIds skills the partner can teach the person asked about, best first
 * @param learnIds skills the person asked about can teach the partner, best first
 * @param score higher is better
 * @param direction which way the partner's teaching runs relative to the person asked
 * about
 * @param reasons plain-language sentences
 */
public record ReciprocalMatch(String partnerId, List<String> teachIds, List<String> learnIds, double score,
		MentoringDirection direction, List<String> reasons) {
}
