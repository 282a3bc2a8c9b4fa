package org.boomerang.network;

/**
 * Knowledge that flowed from one place of the coordinator's network to another in a
 * window.
 *
 * @param from the id of the place the teachers stood in
 * @param to the id of the place the learners stood in
 * @param transfers transfers from one to the other
 * @param people distinct people who taught or learned in them
 * @param reverseShare the share (0 to 1) of those transfers that were reverse mentoring
 * @param reciprocalShare the share (0 to 1) that ran inside reciprocal mentorships
 */
record NetworkEdge(String from, String to, int transfers, int people, double reverseShare, double reciprocalShare) {

	NetworkEdge {
		if (from == null || from.isBlank() || to == null || to.isBlank()) {
			throw new IllegalArgumentException("a network edge needs the ids of both its places");
		}
		if (transfers < 0 || people < 0) {
			throw new IllegalArgumentException("the edge " + from + " -> " + to + " has a negative count");
		}
		share(reverseShare, "reverse", from, to);
		share(reciprocalShare, "reciprocal", from, to);
	}

	private static void share(double share, String what, String from, String to) {
		if (!(share >= 0 && share <= 1)) {
			throw new IllegalArgumentException(
					"the " + what + " share of the edge " + from + " -> " + to + " must be 0 to 1, not " + share);
		}
	}

}
