package org.boomerang.teaching.index;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

import org.boomerang.model.MentoringCapacity;
import org.boomerang.model.SkillLevel;

/**
 * The weights of a teacher's score, written down once: the ranking query
 * ({@code queries/teaching/rank-teachers.cypher}) receives them as {@code $w} and the
 * in-memory index reads the same record, so the two rank alike.
 * <p>
 * A candidate's score is
 *
 * <pre>
 * best fit + furtherSkill x (sum of fits - best fit)
 * + evidenceCap x evidence / (evidence + evidenceHalfSaturation)
 * + availability x free places / capacity   (atCapacity instead when no place is free)
 * + sharedInstitution                        (when teacher and asker share a current institution)
 * + reverse                                  (when the teacher stands at a lower career stage)
 * </pre>
 *
 * where a matched skill's fit is its match weight x level / {@code fullLevel}, and the
 * evidence sums, over the teacher's transfers of the matched skills, match weight x
 * 0.5^(age in days / {@code evidenceHalfLifeDays}) x {@code confirmed} when the learner
 * confirmed x rating / {@code neutralRating} ({@code unrated} without a rating).
 *
 * @param fullLevel the level at which a skill's fit is its whole match weight (levels run
 * 1 to 5, so a level-3 holder of an exact match has fit 0.6)
 * @param furtherSkill how much each matched skill beyond the best one adds, per unit of
 * its fit (0.15: breadth counts, but less than depth)
 * @param evidenceCap the most that teaching evidence can add (0.35: a proven teacher
 * gains about a third of a perfect fit, never more)
 * @param evidenceHalfSaturation the evidence at which half of {@code evidenceCap} is
 * reached (2.0: two recent, confirmed, well-rated sessions give most of the benefit)
 * @param evidenceHalfLifeDays the age at which a transfer counts half (one year)
 * @param confirmed the factor of a transfer the learner confirmed (x1.5)
 * @param neutralRating the rating that leaves a transfer's evidence as it is (4 of 5: a 5
 * counts x1.25, a 2 x0.5)
 * @param unrated the factor of a transfer without a rating (x0.8, as a rating of 3.2)
 * @param availability what a teacher with every mentoring place free gains (+0.1,
 * proportionally less with fewer free places)
 * @param atCapacity what a teacher with no free place gets instead, when people at
 * capacity are asked for at all (-0.3)
 * @param sharedInstitution the bonus for sharing a current institution with the asker
 * (+0.05: easier to meet)
 * @param reverse the bonus for a teacher at a lower career stage than the asker (+0.03:
 * the service is built for reverse mentoring)
 * @param defaultCapacity the mentoring places of a person who has not said (2)
 */
public record ScoreWeights(int fullLevel, double furtherSkill, double evidenceCap, double evidenceHalfSaturation,
		double evidenceHalfLifeDays, double confirmed, double neutralRating, double unrated, double availability,
		double atCapacity, double sharedInstitution, double reverse, int defaultCapacity) {

	/** The weights every ranking uses. */
	public static final ScoreWeights STANDARD = new ScoreWeights(SkillLevel.HIGHEST, 0.15, 0.35, 2.0, 365.0, 1.5, 4.0,
			0.8, 0.1, -0.3, 0.05, 0.03, MentoringCapacity.DEFAULT);

	/**
	 * The weights as a query parameter: one entry per component, under its name.
	 * @return a map for {@code $w}
	 */
	public Map<String, Object> asParameter() {
		Map<String, Object> parameter = new LinkedHashMap<>();
		for (RecordComponent component : ScoreWeights.class.getRecordComponents()) {
			try {
				parameter.put(component.getName(), component.getAccessor().invoke(this));
			}
			catch (IllegalAccessException | InvocationTargetException ex) {
				throw new IllegalStateException("Cannot read the score weight " + component.getName(), ex);
			}
		}
		return Map.copyOf(parameter);
	}

}
