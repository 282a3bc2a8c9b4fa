package org.boomerang.teaching.index;

/**
 * One person in the index: the row read from the graph, with the skills coded.
 */
final class Teacher {

	final int slot;

	final TeacherRow row;

	/** The codes of {@link TeacherRow#teachSkills()}, in its order. */
	final int[] teachCodes;

	/** The codes of {@link TeacherRow#taughtSkills()}, in its order. */
	final int[] taughtCodes;

	Teacher(int slot, TeacherRow row, int[] teachCodes, int[] taughtCodes) {
		this.slot = slot;
		this.row = row;
		this.teachCodes = teachCodes;
		this.taughtCodes = taughtCodes;
	}

	/** The level the person can teach a skill at, 0 when they cannot. */
	int level(int code) {
		for (int i = 0; i < this.teachCodes.length; i++) {
			if (this.teachCodes[i] == code) {
				return this.row.teachLevels()[i];
			}
		}
		return 0;
	}

	/**
	 * The teaching evidence for one skill on {@link Days#REFERENCE_DAY}: per transfer,
	 * halved for every {@link ScoreWeights#evidenceHalfLifeDays()} before that day, times
	 * {@link ScoreWeights#confirmed()} when the learner confirmed, times rating /
	 * {@link ScoreWeights#neutralRating()} ({@link ScoreWeights#unrated()} unrated).
	 */
	double evidence(int code) {
		ScoreWeights w = ScoreWeights.STANDARD;
		double evidence = 0.0;
		for (int i = 0; i < this.taughtCodes.length; i++) {
			if (this.taughtCodes[i] == code) {
				int outcome = this.row.taughtOutcomes()[i];
				int rating = TeacherRow.rating(outcome);
				evidence += Math.pow(0.5, (Days.REFERENCE_DAY - this.row.taughtDays()[i]) / w.evidenceHalfLifeDays())
						* (TeacherRow.confirmed(outcome) ? w.confirmed() : 1.0)
						* ((rating == 0) ? w.unrated() : rating / w.neutralRating());
			}
		}
		return evidence;
	}

	/** Mentorships held as mentor on a day. */
	int active(int today) {
		int[] until = this.row.mentoringUntil();
		return until.length - Days.firstAtOrAfter(until, today);
	}

	/** Whether one of the person's affiliations is current on a day. */
	boolean current(int affiliation, int today) {
		return this.row.institutionUntil()[affiliation] >= today;
	}

}
