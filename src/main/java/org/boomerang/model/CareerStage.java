package org.boomerang.model;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Career stages, in order from least to most experienced. Direction of mentoring is read
 * from this order: teaching from a lower stage to a higher one is reverse mentoring.
 */
public enum CareerStage {

	/** A student of a health profession. */
	STUDENT,
	/** Intern, resident medical officer, junior physiotherapist, new graduate. */
	EARLY_CAREER,
	/** Registrar, advanced trainee, early-career researcher. */
	TRAINEE,
	/** Consultant, senior clinician, lecturer, educationalist. */
	SPECIALIST,
	/** Professor, director, head of department. */
	SENIOR;

	private static final Map<String, Object> RANKS = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(CareerStage::name, CareerStage::ordinal));

	/**
	 * The direction of teaching from {@code teacher} to {@code learner}.
	 * @param teacher the stage of the one who teaches
	 * @param learner the stage of the one who learns
	 * @return {@code REVERSE} when the teacher stands lower, {@code PEER} when level,
	 * {@code TRADITIONAL} when higher
	 */
	public static MentoringDirection direction(CareerStage teacher, CareerStage learner) {
		int order = Integer.compare(teacher.ordinal(), learner.ordinal());
		if (order < 0) {
			return MentoringDirection.REVERSE;
		}
		return (order == 0) ? MentoringDirection.PEER : MentoringDirection.TRADITIONAL;
	}

	/**
	 * Each stage's rank by name, lowest 0, as queries compare them
	 * ({@code $ranks[p.careerStage]}).
	 * @return ranks by stage name
	 */
	public static Map<String, Object> ranks() {
		return RANKS;
	}

}
