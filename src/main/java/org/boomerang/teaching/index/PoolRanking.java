package org.boomerang.teaching.index;

import java.util.BitSet;
import java.util.List;

import org.boomerang.model.CareerStage;
import org.boomerang.model.MentoringDirection;
import org.boomerang.skill.search.SkillMatch;

/**
 * Everyone of a pool who can teach a mentee something they want, best first, as
 * {@link TeacherIndex#rankAmong} ranked them. Each teacher's id, score and direction are
 * at hand; the rest of what the answer shows ({@link #ranked}) is read from the snapshot
 * only when asked, so a caller who keeps a few of many pays for those few.
 */
public final class PoolRanking {

	private final Snapshot snapshot;

	private final boolean askerFound;

	private final CareerStage askerStage;

	private final List<SkillMatch> skills;

	private final int[] codes;

	private final BitSet wanted = new BitSet();

	private final int minLevel;

	private final int askerRank;

	private final int[] askerInstitutions;

	private final int[] askerProfessions;

	private final int today;

	private final int[] slots;

	private final double[] scores;

	/** An answer for an asker the index does not hold. */
	static PoolRanking askerNotFound() {
		return new PoolRanking(null, false, null, List.of(), new int[0], 1, -1, new int[0], new int[0], 0, new int[0],
				new double[0]);
	}

	PoolRanking(Snapshot snapshot, boolean askerFound, CareerStage askerStage, List<SkillMatch> skills, int[] codes,
			int minLevel, int askerRank, int[] askerInstitutions, int[] askerProfessions, int today, int[] slots,
			double[] scores) {
		this.snapshot = snapshot;
		this.askerFound = askerFound;
		this.askerStage = askerStage;
		this.skills = skills;
		this.codes = codes;
		for (int code : codes) {
			if (code >= 0) {
				this.wanted.set(code);
			}
		}
		this.minLevel = minLevel;
		this.askerRank = askerRank;
		this.askerInstitutions = askerInstitutions;
		this.askerProfessions = askerProfessions;
		this.today = today;
		this.slots = slots;
		this.scores = scores;
	}

	/**
	 * @return whether the index holds the asker
	 */
	public boolean askerFound() {
		return this.askerFound;
	}

	/**
	 * @return the asker's career stage, or null
	 */
	public CareerStage askerStage() {
		return this.askerStage;
	}

	/**
	 * @return how many of the pool can teach the mentee something
	 */
	public int size() {
		return this.slots.length;
	}

	/**
	 * @param i a rank, from 0
	 * @return the teacher's person id
	 */
	public String id(int i) {
		return this.snapshot.bySlot()[this.slots[i]].row.id();
	}

	/**
	 * @param i a rank, from 0
	 * @return the teacher's score, as whoCanTeach scores it
	 */
	public double score(int i) {
		return this.scores[i];
	}

	/**
	 * @param i a rank, from 0
	 * @return which way teaching would run
	 */
	public MentoringDirection direction(int i) {
		return RankRequest.direction(this.askerRank, PackedAttributes.stage(this.snapshot.attributes()[this.slots[i]]));
	}

	/**
	 * @param i a rank, from 0
	 * @return everything the answer shows of the teacher
	 */
	public Ranking.Ranked ranked(int i) {
		return RankRequest.ranked(this.snapshot, this.slots[i], this.scores[i], this.skills, this.codes,
				this.wanted::get, this.minLevel, this.askerRank, this.askerInstitutions, this.askerProfessions,
				this.today);
	}

}
