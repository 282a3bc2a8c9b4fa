package org.boomerang.teaching.index;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Days as the index counts them: epoch days (UTC), sorted day arrays, and the fixed day
 * the stored evidence is discounted to.
 */
final class Days {

	/** The reference day of the stored evidence (any fixed day will do). */
	static final int REFERENCE_DAY = (int) LocalDate.of(2026, 1, 1).toEpochDay();

	private Days() {
	}

	static int today() {
		return (int) LocalDate.now(ZoneOffset.UTC).toEpochDay();
	}

	/**
	 * The factor that moves evidence from {@link #REFERENCE_DAY} to {@code day}: the
	 * discount is exponential, so one multiplication moves a whole sum.
	 */
	static double discount(int day) {
		return Math.pow(0.5, (day - REFERENCE_DAY) / ScoreWeights.STANDARD.evidenceHalfLifeDays());
	}

	/** The first position of a sorted array whose value is at least {@code day}. */
	static int firstAtOrAfter(int[] sorted, int day) {
		int low = 0;
		int high = sorted.length;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (sorted[mid] < day) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

}
