package org.boomerang.network;

/**
 * The transfers of one month by direction, and those inside reciprocal mentorships.
 *
 * @param month YYYY-MM
 * @param transfers all of them
 * @param reverse teacher at a lower career stage than the learner
 * @param traditional teacher at a higher stage
 * @param peer the same stage
 * @param reciprocal inside a reciprocal mentorship
 */
record MentoringMonth(String month, int transfers, int reverse, int traditional, int peer, int reciprocal) {
}
