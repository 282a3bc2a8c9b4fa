package org.boomerang.mentoring;

import java.time.LocalDate;

import org.boomerang.model.TransferFormat;

/**
 * The GraphQL input of {@code recordTransfer}.
 *
 * @param id transfer id
 * @param from teacher id
 * @param to learner id
 * @param skill skill id
 * @param on the day
 * @param mentorship mentorship id, if any
 * @param format the setting
 * @param minutes duration
 * @param outcome rating, confirmation, notes
 */
record TransferInput(String id, String from, String to, String skill, LocalDate on, String mentorship,
		TransferFormat format, Integer minutes, OutcomeInput outcome) {

	/**
	 * The outcome part of the input.
	 *
	 * @param rating 1-5
	 * @param learnerConfirmed whether the learner confirmed
	 * @param notes free text
	 */
	record OutcomeInput(Integer rating, Boolean learnerConfirmed, String notes) {
	}

}
