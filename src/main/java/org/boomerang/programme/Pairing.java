package org.boomerang.programme;

/**
 * A mentor and a mentee named by the coordinator, to lock into the plan or to keep out of
 * it.
 *
 * @param mentorId the mentor's id
 * @param menteeId the mentee's id
 */
record Pairing(String mentorId, String menteeId) {

	@Override
	public String toString() {
		return "mentor " + this.mentorId + " with mentee " + this.menteeId;
	}

}
