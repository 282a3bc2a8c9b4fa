package org.boomerang.network;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Betweenness estimated from the shortest paths of a sample of source people (Brandes and
 * Pich, "Centrality estimation in large networks", 2007: uniformly drawn pivots, each
 * source's dependencies summed as in Brandes' algorithm and scaled by people / sources).
 * The estimate is unbiased; with every person as a source it is the exact betweenness.
 * <p>
 * Why not JGraphT: JGraphT 1.5.3 has exact betweenness only
 * ({@code BetweennessCentrality}, and {@code ApBetweennessCentrality}, which is exact
 * too, with arbitrary-precision path counts); neither takes a subset of sources, and its
 * shortest-path classes give single paths, not the path counts that dependencies need.
 * The exact answer stays with JGraphT up to the size where it is fast enough
 * ({@link BrokerFinder}), and the tests hold this estimator, given every source, to
 * JGraphT's answer.
 */
final class SampledBetweenness {

	private SampledBetweenness() {
	}

	/**
	 * Draws sources without replacement, the same ones for the same network and seed.
	 * @param people people in the network
	 * @param count how many sources (at most people)
	 * @param seed the seed of the draw
	 * @return source indexes, ascending
	 */
	static int[] sources(int people, int count, long seed) {
		int[] all = new int[people];
		Arrays.setAll(all, (i) -> i);
		SplittableRandom random = new SplittableRandom(seed);
		for (int i = 0; i < count; i++) {
			int j = i + random.nextInt(people - i);
			int swap = all[i];
			all[i] = all[j];
			all[j] = swap;
		}
		int[] drawn = Arrays.copyOf(all, count);
		Arrays.sort(drawn);
		return drawn;
	}

	/**
	 * Betweenness of every person, counted over unordered pairs of other people (each
	 * pair's shortest paths share one unit among the people inside them), as JGraphT
	 * counts it for an undirected graph, from the given sources and scaled up to all.
	 * @param network the network
	 * @param sources the people whose shortest paths are followed (all of them for the
	 * exact answer)
	 * @return betweenness by person index
	 */
	static double[] betweenness(PersonNetwork network, int[] sources) {
		int n = network.people();
		double[] score = new double[n];
		if (sources.length == 0) {
			return score;
		}
		int[] distance = new int[n];
		Arrays.fill(distance, -1);
		double[] paths = new double[n];
		double[] dependency = new double[n];
		int[] order = new int[n];
		for (int source : sources) {
			// Breadth first: order holds people by distance from the source, ascending.
			int reached = 0;
			order[reached++] = source;
			distance[source] = 0;
			paths[source] = 1;
			for (int head = 0; head < reached; head++) {
				int v = order[head];
				for (int k = 0, degree = network.degree(v); k < degree; k++) {
					int w = network.neighbour(v, k);
					if (distance[w] < 0) {
						distance[w] = distance[v] + 1;
						order[reached++] = w;
					}
					if (distance[w] == distance[v] + 1) {
						paths[w] += paths[v];
					}
				}
			}
			// Farthest first, each person passes its dependency to the people one step
			// closer to the source on its shortest paths.
			for (int i = reached - 1; i > 0; i--) {
				int w = order[i];
				double share = (1 + dependency[w]) / paths[w];
				for (int k = 0, degree = network.degree(w); k < degree; k++) {
					int v = network.neighbour(w, k);
					if (distance[v] == distance[w] - 1) {
						dependency[v] += paths[v] * share;
					}
				}
				score[w] += dependency[w];
			}
			for (int i = 0; i < reached; i++) {
				int v = order[i];
				distance[v] = -1;
				paths[v] = 0;
				dependency[v] = 0;
			}
		}
		// Each unordered pair is seen from both of its ends when every person is a
		// source.
		double scale = (double) n / sources.length / 2;
		for (int v = 0; v < n; v++) {
			score[v] *= scale;
		}
		return score;
	}

}
