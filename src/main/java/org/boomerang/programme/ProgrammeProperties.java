package org.boomerang.programme;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of programmes and mentorship requests.
 *
 * @param candidatesPerMentee how many of each mentee's best mentors (after the rules)
 * proposeAssignment solves over; locked mentors are kept beyond it
 * @param requestExpiry how long a mentorship request waits for an answer before it
 * expires
 */
@ConfigurationProperties("boomerang.programme")
record ProgrammeProperties(@DefaultValue("20") int candidatesPerMentee, @DefaultValue("30d") Duration requestExpiry) {

	ProgrammeProperties {
		if (candidatesPerMentee < 1) {
			throw new IllegalArgumentException(
					"boomerang.programme.candidates-per-mentee must be at least 1, not " + candidatesPerMentee);
		}
		if (requestExpiry.isNegative() || requestExpiry.isZero()) {
			throw new IllegalArgumentException(
					"boomerang.programme.request-expiry must be a positive duration, not " + requestExpiry);
		}
	}

}
