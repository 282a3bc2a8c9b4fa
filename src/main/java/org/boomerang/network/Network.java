package org.boomerang.network;

import java.time.LocalDate;
import java.util.List;

/**
 * The place network of a window.
 *
 * @param nodes the places that taught or learned in the window, by id
 * @param edges one per ordered pair of places with transfers, most transfers first (then
 * from, to), as {@code knowledgeFlows} orders them
 * @param since first day, or null
 * @param until last day, or null
 */
record Network(List<NetworkNode> nodes, List<NetworkEdge> edges, LocalDate since, LocalDate until) {

	Network {
		nodes = List.copyOf(nodes);
		edges = List.copyOf(edges);
	}

}
