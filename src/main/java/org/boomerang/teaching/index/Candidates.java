package org.boomerang.teaching.index;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import org.boomerang.skill.search.SkillMatch;

/**
 * The people who hold one of a topic's skills for teaching at the level asked, with what
 * does not depend on who asks: their best and summed fit, their evidence (weighted, on
 * the reference day), and copies of their packed attributes and institutions, so ranking
 * them reads these arrays in order. People without a known stage and PRIVATE people are
 * left out here; everything that depends on the asker, the filters or the day is decided
 * per request ({@link RankRequest}).
 */
final class Candidates {

	final Snapshot snapshot;

	int size;

	int[] slots = new int[256];

	double[] best = new double[256];

	double[] sum = new double[256];

	double[] evidence = new double[256];

	long[] attributes = new long[256];

	long[] places = new long[256];

	/** {@link #base} of every candidate on {@link #baseDay}. */
	double[] base;

	/**
	 * The answer without an asker or filters, kept once computed: the same for everybody
	 * who asks this topic plainly on that day.
	 */
	volatile Plain plain;

	int baseDay;

	private Candidates(Snapshot snapshot) {
		this.snapshot = snapshot;
	}

	/**
	 * Finds the candidates of a topic in a snapshot.
	 * @param codes the skill code of each match (-1 for a skill nobody holds)
	 */
	static Candidates find(Snapshot s, Scratch scratch, List<SkillMatch> skills, int[] codes, int minLevel) {
		return find(s, scratch, skills, codes, minLevel, null);
	}

	/**
	 * Finds the candidates of a topic among the people of a pool (by slot), PRIVATE ones
	 * included: they enrolled to be offered to the pool's mentees.
	 * @param pool the slots of the pool, or null for everyone but PRIVATE people
	 */
	static Candidates find(Snapshot s, Scratch scratch, List<SkillMatch> skills, int[] codes, int minLevel,
			BitSet pool) {
		ScoreWeights w = ScoreWeights.STANDARD;
		Candidates c = new Candidates(s);
		long generationBits = (long) scratch.next(s.bySlot().length, s.holderSlots().length) << 32;
		long[] seen = scratch.seen;
		long[] attributesBySlot = s.attributes();
		long[] placesBySlot = s.places();
		for (int i = 0; i < codes.length; i++) {
			if (codes[i] < 0 || s.holderSlots()[codes[i]] == null) {
				continue;
			}
			int[] holders = s.holderSlots()[codes[i]];
			double[] evidence = s.holderEvidence()[codes[i]];
			double weight = skills.get(i).weight();
			for (int h = 0; h < holders.length; h++) {
				int level = holders[h] & 7;
				if (level < minLevel) {
					continue;
				}
				int slot = holders[h] >>> 3;
				int k;
				if ((seen[slot] & 0xFFFFFFFF00000000L) == generationBits) {
					k = (int) seen[slot] - 1;
					if (k < 0) {
						continue;
					}
				}
				else {
					long attributes = attributesBySlot[slot];
					boolean offered = (pool != null) ? pool.get(slot)
							: PackedAttributes.visibility(attributes) != PackedAttributes.PRIVATE;
					k = (PackedAttributes.stage(attributes) < 0 || !offered) ? -1
							: c.add(slot, attributes, placesBySlot[slot]);
					seen[slot] = generationBits | (k + 1);
					if (k < 0) {
						continue;
					}
				}
				double fit = weight * level / w.fullLevel();
				if (fit > c.best[k]) {
					c.best[k] = fit;
				}
				c.sum[k] += fit;
				c.evidence[k] += weight * evidence[h];
			}
		}
		c.baseDay = Days.today();
		double discount = Days.discount(c.baseDay);
		c.base = new double[c.size];
		for (int k = 0; k < c.size; k++) {
			c.base[k] = c.base(k, discount);
		}
		return c;
	}

	/**
	 * The part of a candidate's score that does not depend on the asker: fit and evidence
	 * (the first terms of the query's sum, in its order, so the result is the same to the
	 * last bit).
	 * @param discount {@link Days#discount} of the day
	 */
	double base(int k, double discount) {
		ScoreWeights w = ScoreWeights.STANDARD;
		double evidence = discount * this.evidence[k];
		return this.best[k] + w.furtherSkill() * (this.sum[k] - this.best[k])
				+ w.evidenceCap() * evidence / (evidence + w.evidenceHalfSaturation());
	}

	private int add(int slot, long attributes, long places) {
		if (this.size == this.slots.length) {
			int grown = this.size * 2;
			this.slots = Arrays.copyOf(this.slots, grown);
			this.best = Arrays.copyOf(this.best, grown);
			this.sum = Arrays.copyOf(this.sum, grown);
			this.evidence = Arrays.copyOf(this.evidence, grown);
			this.attributes = Arrays.copyOf(this.attributes, grown);
			this.places = Arrays.copyOf(this.places, grown);
		}
		this.slots[this.size] = slot;
		this.attributes[this.size] = attributes;
		this.places[this.size] = places;
		return this.size++;
	}

	/**
	 * The best candidates of a topic for a plain request (no asker, no filters) on one
	 * day.
	 *
	 * @param day the day it holds for
	 * @param count how many candidates were admitted
	 * @param positions the best admitted candidates' positions, best first
	 * @param scores their scores
	 */
	record Plain(int day, int count, int[] positions, double[] scores) {

		/**
		 * How many of a plain ranking are kept (a page of 100 at the most, from the top).
		 */
		static final int KEPT = 100;

	}

}
