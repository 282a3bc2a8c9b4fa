package org.boomerang.mentoring;

import java.time.LocalDate;
import java.util.List;

import org.boomerang.model.CareerStage;
import org.boomerang.model.MentoringDirection;
import org.boomerang.model.MentorshipOrigin;

/**
 * A mentoring relationship as stored, with ids for its people and skills.
 *
 * @param id source-system id
 * @param mentorId who mentors
 * @param menteeId who is mentored
 * @param skillIds what it is about
 * @param direction fixed from the career stages at the start
 * @param reciprocal whether transfers inside it ran both ways
 * @param origin how the pair came about
 * @param program programme, if any
 * @param goals goals, if any
 * @param startedOn first day
 * @param endedOn last day, if ended or planned to end
 * @param mentorStage the mentor's stage at the start
 * @param menteeStage the mentee's stage at the start
 */
public record Mentorship(String id, String mentorId, String menteeId, List<String> skillIds,
		MentoringDirection direction, boolean reciprocal, MentorshipOrigin origin, String program, String goals,
		LocalDate startedOn, LocalDate endedOn, CareerStage mentorStage, CareerStage menteeStage) {

	boolean active() {
		return this.endedOn == null || this.endedOn.isAfter(LocalDate.now(java.time.ZoneOffset.UTC));
	}

}
