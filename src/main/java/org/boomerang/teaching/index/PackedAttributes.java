package org.boomerang.teaching.index;

import org.boomerang.model.Visibility;

/**
 * What a candidate's admission and score need of a person, packed into one {@code long}
 * per person (so admitting a candidate is one memory read), and up to three current
 * institutions packed into another.
 * <p>
 * Attributes: bits 0-3 the career stage + 1 (0 unknown), 4-5 the visibility (its
 * ordinal), 8-23 the capacity, 24-39 the active mentorships as mentor on the day packed,
 * 40-63 the last day that count holds for.
 * <p>
 * Places: up to three current institutions (codes + 1 in bits 0-47, 16 bits each) and the
 * last day they are all current and no other is (days after {@link Days#REFERENCE_DAY} in
 * bits 48-62, 0x7FFF for open-ended), with bit 63 set; 0 when they do not fit, and then
 * readers use the (code, last day) pairs.
 */
final class PackedAttributes {

	static final int NETWORK = Visibility.NETWORK.ordinal();

	static final int PRIVATE = Visibility.PRIVATE.ordinal();

	private PackedAttributes() {
	}

	static long attributes(TeacherRow row, int day) {
		int stage = (row.careerStage() != null) ? row.careerStage().ordinal() + 1 : 0;
		int[] until = row.mentoringUntil();
		int first = Days.firstAtOrAfter(until, day);
		int active = until.length - first;
		long validThrough = (first < until.length) ? Math.min(until[first], 0xFFFFFF) : 0xFFFFFF;
		return stage | (row.visibility().ordinal() << 4) | ((long) Math.min(Math.max(row.capacity(), 0), 0xFFFF) << 8)
				| ((long) Math.min(active, 0xFFFF) << 24) | (validThrough << 40);
	}

	static int stage(long attributes) {
		return (int) (attributes & 15) - 1;
	}

	static int visibility(long attributes) {
		return (int) ((attributes >>> 4) & 3);
	}

	static int capacity(long attributes) {
		return (int) ((attributes >>> 8) & 0xFFFF);
	}

	/**
	 * The active mentorships packed, or -1 when {@code today} is past the day they hold
	 * for (then count them from the row).
	 */
	static int active(long attributes, int today) {
		return (today <= (int) (attributes >>> 40)) ? (int) ((attributes >>> 24) & 0xFFFF) : -1;
	}

	/**
	 * Packs the current institutions of (code, last day) pairs.
	 * @param pairs institution codes and the last days of the affiliations
	 * @param day the day they are current on
	 * @return the packed places, or 0 when they do not fit
	 */
	static long places(int[] pairs, int day) {
		long packed = 0;
		int n = 0;
		long validThrough = 0x7FFF;
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i + 1] >= day) {
				if (n == 3 || pairs[i] >= 0xFFFF) {
					return 0;
				}
				packed |= (long) (pairs[i] + 1) << (16 * n++);
				if (pairs[i + 1] != TeacherRow.OPEN) {
					validThrough = Math.min(validThrough, Math.max(0, pairs[i + 1] - Days.REFERENCE_DAY));
				}
			}
		}
		return packed | (validThrough << 48) | Long.MIN_VALUE;
	}

	/**
	 * Whether packed places answer for {@code today}, and if so whether they hold an
	 * institution: 1 yes, 0 no, -1 they do not answer (read the pairs).
	 */
	static int holds(long packed, int today, int code) {
		if (packed != 0 && today - Days.REFERENCE_DAY <= (int) ((packed >>> 48) & 0x7FFF)) {
			long wanted = code + 1L;
			return ((packed & 0xFFFF) == wanted || ((packed >>> 16) & 0xFFFF) == wanted
					|| ((packed >>> 32) & 0xFFFF) == wanted) ? 1 : 0;
		}
		return -1;
	}

}
