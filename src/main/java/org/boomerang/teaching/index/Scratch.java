package org.boomerang.teaching.index;

import java.util.Arrays;

/**
 * Per-thread working arrays, reused between requests and told apart by a generation
 * number, so a request allocates nothing per person.
 */
final class Scratch {

	int generation;

	/**
	 * Per slot: generation << 32 | (candidate position + 1), 0 in the low half if
	 * refused.
	 */
	long[] seen = new long[0];

	/** Per skill code: the generation of the request that asked for it. */
	int[] wanted = new int[0];

	/** Per admitted candidate: its position among the candidates, and its score. */
	int[] admitted = new int[256];

	double[] score = new double[256];

	/** Starts a new generation, with room for this many slots and skill codes. */
	int next(int people, int skills) {
		if (this.seen.length < people) {
			this.seen = new long[people + people / 4 + 16];
		}
		if (this.wanted.length < skills) {
			this.wanted = new int[skills + skills / 4 + 16];
		}
		if (++this.generation == Integer.MAX_VALUE) {
			Arrays.fill(this.seen, 0);
			Arrays.fill(this.wanted, 0);
			this.generation = 1;
		}
		return this.generation;
	}

	/** Makes room for this many admitted candidates. */
	void room(int candidates) {
		if (this.admitted.length < candidates) {
			this.admitted = new int[candidates + candidates / 4];
			this.score = new double[this.admitted.length];
		}
	}

}
