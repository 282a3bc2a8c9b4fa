package org.boomerang.teaching.index;

import java.time.LocalDate;
import java.util.List;

import org.boomerang.model.CareerStage;
import org.boomerang.model.MentoringDirection;
import org.boomerang.person.Person;

/**
 * One page of a ranking of teachers, as the in-memory index and the ranking query both
 * give it.
 *
 * @param askerFound whether the asker exists (true without an asker)
 * @param askerStage the asker's career stage, or null
 * @param total how many teachers were admitted in all
 * @param teachers the page, best first
 */
public record Ranking(boolean askerFound, CareerStage askerStage, int total, List<Ranked> teachers) {

	/**
	 * A ranked teacher with the facts behind the reasons.
	 *
	 * @param id the person's id
	 * @param name the name
	 * @param person the person's own fields when the index ranked; null after the query
	 * (then they are read for the whole page at once)
	 * @param careerStage the career stage
	 * @param score the score (see {@link ScoreWeights})
	 * @param direction relative to the asker; null without an asker
	 * @param active mentorships held as mentor today
	 * @param capacity mentoring places
	 * @param matched the matched skills the teacher holds
	 * @param taught transfers of the matched skills the teacher gave
	 * @param confirmed how many of them the learner confirmed
	 * @param rating their average rating, or null when none was rated
	 * @param lastTaught the day of the latest, or null
	 * @param sharedInstitutions names of current institutions shared with the asker
	 * @param professions names of the teacher's professions
	 * @param institutions names of the teacher's current institutions
	 * @param otherProfession whether the teacher practises none of the asker's
	 * professions
	 */
	public record Ranked(String id, String name, Person person, CareerStage careerStage, double score,
			MentoringDirection direction, int active, int capacity, List<Held> matched, int taught, int confirmed,
			Double rating, LocalDate lastTaught, List<String> sharedInstitutions, List<String> professions,
			List<String> institutions, boolean otherProfession) {
	}

	/**
	 * A matched skill the teacher holds.
	 *
	 * @param id the skill's id
	 * @param name its name
	 * @param level the teacher's level
	 * @param weight how well the skill matched the topic
	 * @param fit weight x level / {@link ScoreWeights#fullLevel()}
	 */
	public record Held(String id, String name, int level, double weight, double fit) {
	}

}
