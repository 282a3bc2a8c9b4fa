package org.boomerang.teaching.index;

import org.boomerang.model.CareerStage;
import org.boomerang.model.Visibility;
import org.boomerang.person.Person;

/**
 * A person as the teacher index keeps them, read from the graph.
 *
 * @param id the person's id
 * @param name the name
 * @param careerStage the career stage, null when the graph holds none or an unknown one
 * (such a person is counted but teaches nothing: without a stage there is no direction)
 * @param person the person's own fields, for the answer
 * @param visibility who may be offered this person
 * @param capacity mentoring places
 * @param version the person's {@code updatedAt}
 * @param institutions institution ids, one per affiliation
 * @param institutionUntil last day of each affiliation (epoch day, {@link #OPEN} without
 * an end)
 * @param professions profession ids
 * @param teachSkills skills the person can teach
 * @param teachLevels their levels
 * @param mentoringUntil end day of each mentorship as mentor, sorted ({@link #OPEN} while
 * it runs)
 * @param taughtSkills the skill of each transfer the person gave
 * @param taughtDays their days (epoch day)
 * @param taughtOutcomes their outcomes, packed by {@link #outcome}
 */
public record TeacherRow(String id, String name, CareerStage careerStage, Person person, Visibility visibility,
		int capacity, Object version, String[] institutions, int[] institutionUntil, String[] professions,
		String[] teachSkills, byte[] teachLevels, int[] mentoringUntil, String[] taughtSkills, int[] taughtDays,
		byte[] taughtOutcomes) {

	/** A mentorship or affiliation without an end: counts every day. */
	public static final int OPEN = Integer.MAX_VALUE;

	/**
	 * Packs a transfer's outcome: bit 3 the learner's confirmation, bits 0-2 the rating
	 * (0 when unrated).
	 * @param confirmed whether the learner confirmed
	 * @param rating the rating, 1-5, or 0
	 * @return the packed outcome
	 */
	public static byte outcome(boolean confirmed, int rating) {
		return (byte) ((confirmed ? 8 : 0) | rating);
	}

	static boolean confirmed(int outcome) {
		return (outcome & 8) != 0;
	}

	static int rating(int outcome) {
		return outcome & 7;
	}

}
