package org.boomerang.network;

import org.boomerang.mentoring.NetworkLevel;

/**
 * A place of the coordinator's network: a community, profession or institution.
 *
 * @param id the place's id
 * @param name its name
 * @param level its kind
 * @param people distinct people who taught or learned there in the window
 * @param transfersIn transfers learned there
 * @param transfersOut transfers taught from there
 */
record NetworkNode(String id, String name, NetworkLevel level, int people, int transfersIn, int transfersOut) {

	NetworkNode {
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("a network node has no id");
		}
		if (name == null || level == null) {
			throw new IllegalArgumentException("network node " + id + " needs a name and a level");
		}
		if (people < 0 || transfersIn < 0 || transfersOut < 0) {
			throw new IllegalArgumentException("network node " + id + " has a negative count");
		}
	}

}
