package org.boomerang.programme;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A staff member's request to someone for mentoring.
 *
 * @param id the id (time-ordered: newer ids sort after older ones)
 * @param fromId who asks (to be mentored)
 * @param toId who is asked (to mentor)
 * @param skillIds the skills to learn
 * @param message the asker's message
 * @param state where it stands (EXPIRED as read)
 * @param createdAt when it was sent
 * @param expiresAt when it expires unless answered
 * @param respondedAt when it was answered or withdrawn
 * @param note the note given with the answer
 * @param mentorshipId the mentorship it became, once accepted
 */
record MentorshipRequest(String id, String fromId, String toId, List<String> skillIds, String message,
		RequestState state, OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime respondedAt, String note,
		String mentorshipId) {
}
