package org.boomerang.network;

import java.util.List;

/**
 * A person whose ties lie on many shortest paths between other people of a window's
 * network.
 *
 * @param person the person's id
 * @param betweenness the share of the pairs of other people in the window's network whose
 * shortest paths run through this person (0 to 1: a pair with several shortest paths
 * counts by the fraction through the person; 1 for the centre of a star)
 * @param bridges the places the person bridges: every place (at the chosen level) at
 * either end of their ties in the window, as recorded on the ties' dates (their own and
 * those of the people they had transfers or mentorships with), most transfers first
 * @param transfers transfers the person gave or received in the window
 */
record Broker(String person, double betweenness, List<String> bridges, int transfers) {

	Broker {
		bridges = List.copyOf(bridges);
	}

}
