package org.boomerang.programme;

import java.util.Arrays;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * The weighted many-to-one assignment as a minimum-cost flow, solved by JGraphT's
 * successive shortest paths. Works on indexes and integral scores;
 * {@link CohortAssignment} turns ids, locks and exclusions into them and the answer back
 * into pairs.
 */
final class AssignmentFlow {

	private AssignmentFlow() {
	}

	/**
	 * Solves one instance.
	 * @param mentors per mentee, the mentor index of each candidate (each mentor at most
	 * once per mentee)
	 * @param units per mentee, each candidate's score in whole units, at least 1
	 * @param places per mentor index, the free places, never negative
	 * @return per mentee the index of the chosen candidate or -1, and the certificate
	 */
	static Solution solve(int[][] mentors, long[][] units, int[] places) {
		int menteeCount = mentors.length;
		int sink = menteeCount + places.length;
		long unmatchedCost = 1 + Arrays.stream(units).flatMapToLong(Arrays::stream).max().orElse(0);
		// The library refuses arcs whose cost reaches COST_INF, and routes through its
		// own artificial arcs (COST_INF each) when they are cheaper than any real path.
		// Every mentee's own bypass costs unmatchedCost, so staying below COST_INF keeps
		// those arcs unused; CohortAssignment's MAX_SCORE keeps it there.
		if (unmatchedCost >= CapacityScalingMinimumCostFlow.COST_INF) {
			throw new IllegalArgumentException(
					"a score of " + (unmatchedCost - 1) + " units is beyond the flow's range");
		}

		Graph<Integer, Arc> network = new DefaultDirectedWeightedGraph<>(null, null);
		for (int vertex = 0; vertex <= sink; vertex++) {
			network.addVertex(vertex);
		}
		Arc[][] candidateArcs = new Arc[menteeCount][];
		for (int mentee = 0; mentee < menteeCount; mentee++) {
			candidateArcs[mentee] = new Arc[mentors[mentee].length];
			for (int candidate = 0; candidate < mentors[mentee].length; candidate++) {
				int mentor = mentors[mentee][candidate];
				if (places[mentor] > 0) {
					// Cheaper the better the pair, never negative: see the bypass below.
					candidateArcs[mentee][candidate] = add(network, mentee, menteeCount + mentor, 1,
							unmatchedCost - units[mentee][candidate]);
				}
			}
			// The bypass. Every mentee supplies one unit that must reach the sink,
			// either through a mentor (cost unmatchedCost - score) or straight (cost
			// unmatchedCost). Every plan, however many pairs it has, is then a flow of
			// the same value, and its cost is menteeCount x unmatchedCost minus its
			// total score: the cheapest flow is the plan with the highest total. Without
			// the bypass the flow's value would have to be fixed first, and at its
			// maximum (max flow, then min cost) it is a maximum-cardinality assignment,
			// which gives up a higher total whenever one more pair is possible only at a
			// lower total.
			add(network, mentee, sink, 1, unmatchedCost);
		}
		for (int mentor = 0; mentor < places.length; mentor++) {
			if (places[mentor] > 0) {
				add(network, menteeCount + mentor, sink, places[mentor], 0);
			}
		}

		MinimumCostFlowProblem<Integer, Arc> problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(network,
				(vertex) -> (vertex < menteeCount) ? 1 : (vertex == sink) ? -menteeCount : 0, (arc) -> arc.capacity);
		// Scaling factor 1: plain successive shortest paths. Every supply is 1, so the
		// scaling phases above 1 would find no node to push from and only cost time.
		CapacityScalingMinimumCostFlow<Integer, Arc> algorithm = new CapacityScalingMinimumCostFlow<>(1);
		Map<Arc, Double> flow = algorithm.getMinimumCostFlow(problem).getFlowMap();

		int[] chosen = new int[menteeCount];
		Arrays.fill(chosen, -1);
		for (int mentee = 0; mentee < menteeCount; mentee++) {
			for (int candidate = 0; candidate < candidateArcs[mentee].length; candidate++) {
				Arc arc = candidateArcs[mentee][candidate];
				if (arc != null && flow.get(arc) > 0.5) {
					chosen[mentee] = candidate;
				}
			}
		}
		// The library works in doubles. All costs here are whole numbers far below 2^53,
		// so every sum and difference it forms is exact and its reduced-cost test needs
		// no tolerance: with eps 0 it certifies that no cheaper flow, so no better plan,
		// exists.
		return new Solution(chosen, algorithm.testOptimality(0));
	}

	private static Arc add(Graph<Integer, Arc> network, int from, int to, int capacity, long cost) {
		Arc arc = new Arc(capacity);
		network.addEdge(from, to, arc);
		network.setEdgeWeight(arc, cost);
		return arc;
	}

	/**
	 * The flow's answer.
	 *
	 * @param chosen per mentee, the index of its chosen candidate, or -1 when unmatched
	 * @param optimal whether the library's dual certificate holds exactly
	 */
	record Solution(int[] chosen, boolean optimal) {
	}

	/**
	 * An arc of the network; the library reads its cost from the graph's edge weight (not
	 * from the problem's cost function) and its capacity from the problem.
	 */
	static final class Arc extends DefaultWeightedEdge {

		private static final long serialVersionUID = 1L;

		private final int capacity;

		Arc(int capacity) {
			this.capacity = capacity;
		}

	}

}
