package org.boomerang.mentoring;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.boomerang.model.CareerStage;
import org.boomerang.model.MentoringDirection;
import org.boomerang.model.TransferFormat;

/**
 * One recorded act of teaching, with ids for its people, skill and mentorship.
 *
 * @param id source-system id
 * @param fromId who taught
 * @param toId who learned
 * @param skillId what was taught
 * @param on the day
 * @param at the instant, when recorded as one
 * @param mentorshipId the mentorship it happened in, if any
 * @param format the setting
 * @param minutes duration
 * @param outcome rating, confirmation, notes
 * @param direction by the career stages when recorded
 * @param fromStage the teacher's stage when recorded
 * @param toStage the learner's stage when recorded
 * @param fromContext where the teacher stood on the day
 * @param toContext where the learner stood on the day
 */
record Transfer(String id, String fromId, String toId, String skillId, LocalDate on, OffsetDateTime at,
		String mentorshipId, TransferFormat format, Integer minutes, Outcome outcome, MentoringDirection direction,
		CareerStage fromStage, CareerStage toStage, Context fromContext, Context toContext) {

	/**
	 * The outcome of a transfer.
	 *
	 * @param rating 1-5
	 * @param learnerConfirmed whether the learner confirmed
	 * @param notes free text
	 */
	record Outcome(Integer rating, Boolean learnerConfirmed, String notes) {
	}

	/**
	 * Where one side stood on the transfer's date.
	 *
	 * @param communities community ids
	 * @param professions profession ids
	 * @param institutions institution ids
	 */
	record Context(List<String> communities, List<String> professions, List<String> institutions) {
	}

}
