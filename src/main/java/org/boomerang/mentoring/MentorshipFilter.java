package org.boomerang.mentoring;

import java.util.Arrays;

import org.boomerang.api.BadRequestException;
import org.boomerang.model.MentoringDirection;
import org.boomerang.model.MentorshipOrigin;

/**
 * Which mentorships an integrator lists; a null field matches all.
 *
 * @param programme the programme they belong to
 * @param active true for those that have not ended by today, false for the ended ones
 * @param direction their direction
 * @param origin how the pairs came about
 * @param person the id of a person on either side
 */
record MentorshipFilter(String programme, Boolean active, MentoringDirection direction, String origin, String person) {

	static final MentorshipFilter ALL = new MentorshipFilter(null, null, null, null, null);

	/**
	 * The origin asked for, checked.
	 * @return it, or null for all
	 * @throws BadRequestException when it is not an origin
	 */
	MentorshipOrigin originValue() {
		if (this.origin == null) {
			return null;
		}
		try {
			return MentorshipOrigin.valueOf(this.origin);
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("filter.origin: '" + this.origin + "' is not an origin; use one of "
					+ Arrays.toString(MentorshipOrigin.values()));
		}
	}

}
