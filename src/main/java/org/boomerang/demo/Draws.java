package org.boomerang.demo;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The random draws of the demo generator: every one goes through a seeded
 * {@link SplittableRandom}, so the same seed draws the same network.
 */
final class Draws {

	private Draws() {
	}

	/** A whole number from {@code min} to {@code max}, both included. */
	static int between(SplittableRandom random, int min, int max) {
		return (max <= min) ? min : min + random.nextInt(max - min + 1);
	}

	/** An index of {@code weights}, drawn in proportion to them. */
	static int pick(SplittableRandom random, double[] weights) {
		double total = 0;
		for (double w : weights) {
			total += w;
		}
		double r = random.nextDouble() * total;
		for (int i = 0; i < weights.length; i++) {
			r -= weights[i];
			if (r < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	/** A day from {@code lo} to {@code hi}, both included. */
	static LocalDate date(SplittableRandom random, LocalDate lo, LocalDate hi) {
		long days = hi.toEpochDay() - lo.toEpochDay();
		return (days <= 0) ? lo : lo.plusDays(random.nextLong(days + 1));
	}

}
