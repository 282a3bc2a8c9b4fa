package org.boomerang.mentoring;

import java.time.LocalDate;
import java.util.List;

/**
 * The GraphQL input of {@code startMentorship}.
 *
 * @param id mentorship id
 * @param mentor mentor id
 * @param mentee mentee id
 * @param skills skill ids
 * @param startedOn first day
 * @param endedOn last day, if known
 * @param origin SELF_IDENTIFIED or ASSIGNED
 * @param program programme
 * @param goals goals
 */
record MentorshipInput(String id, String mentor, String mentee, List<String> skills, LocalDate startedOn,
		LocalDate endedOn, String origin, String program, String goals) {
}
