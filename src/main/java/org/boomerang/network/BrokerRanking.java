package org.boomerang.network;

import java.util.List;

/**
 * The brokers of a window's network and how their betweenness was found.
 *
 * @param brokers people with a betweenness above zero, highest first (equal betweenness:
 * more transfers first, then by person id)
 * @param method exact, or estimated from a sample of sources
 * @param sources the people whose shortest paths were counted: all of them when exact,
 * the sample size when sampled
 * @param people people in the window's network
 * @param ties distinct pairs of people tied in it
 */
record BrokerRanking(List<Broker> brokers, BetweennessMethod method, int sources, int people, int ties) {

	BrokerRanking {
		brokers = List.copyOf(brokers);
	}

}
