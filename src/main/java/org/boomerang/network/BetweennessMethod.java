package org.boomerang.network;

/**
 * How a window's betweenness was computed.
 */
enum BetweennessMethod {

	/** Brandes' algorithm from every person (JGraphT's {@code BetweennessCentrality}). */
	EXACT,
	/** Estimated from the shortest paths of a random sample of source people. */
	SAMPLED

}
