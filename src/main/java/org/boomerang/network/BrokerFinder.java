package org.boomerang.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Ranks the people of a window's network by betweenness: exactly with JGraphT up to a
 * number of people, estimated from a fixed-size sample of source people above it (see
 * {@link SampledBetweenness}), so that the time stays bounded on the largest windows.
 * <p>
 * The default limit and sample size come from docs/coordinator-metrics.md: exact
 * betweenness takes time growing with people times ties, the sampled estimate with
 * sources times ties.
 */
final class BrokerFinder {

	/**
	 * Up to this many people a window's betweenness is exact (about 0.8 s of CPU here).
	 */
	static final int DEFAULT_EXACT_LIMIT = 1_000;

	/** Source people sampled above the exact limit. */
	static final int DEFAULT_SAMPLES = 500;

	/** Fixed, so that the same window gives the same sample and ranking every time. */
	static final long DEFAULT_SEED = 20260308L;

	/**
	 * Betweenness equal to this many decimals counts as equal, so rounding cannot
	 * reorder.
	 */
	private static final double TIE_PRECISION = 1e6;

	private final int exactLimit;

	private final int samples;

	private final long seed;

	BrokerFinder() {
		this(DEFAULT_EXACT_LIMIT, DEFAULT_SAMPLES, DEFAULT_SEED);
	}

	/**
	 * @param exactLimit up to this many people, betweenness is exact
	 * @param samples source people sampled above that
	 * @param seed seed of the sample
	 */
	BrokerFinder(int exactLimit, int samples, long seed) {
		if (exactLimit < 0) {
			throw new IllegalArgumentException("the exact betweenness limit must be 0 or more, not " + exactLimit);
		}
		if (samples < 1) {
			throw new IllegalArgumentException("betweenness needs at least 1 sampled source, not " + samples);
		}
		this.exactLimit = exactLimit;
		this.samples = samples;
		this.seed = seed;
	}

	/**
	 * The brokers of a window.
	 * @param network the window's person-level network
	 * @param first how many brokers at most
	 * @return the brokers, best first, and how betweenness was computed
	 */
	BrokerRanking rank(PersonNetwork network, int first) {
		if (first < 1) {
			throw new IllegalArgumentException("ask for at least 1 broker, not " + first);
		}
		Scores scores = betweenness(network);
		double[] raw = scores.raw();
		List<Integer> candidates = new ArrayList<>();
		for (int p = 0; p < raw.length; p++) {
			if (Math.round(raw[p] * TIE_PRECISION) > 0) {
				candidates.add(p);
			}
		}
		int[] transfers = new int[raw.length];
		candidates.forEach((p) -> transfers[p] = network.transfers(p));
		// People are indexed in id order, so the index is the last, id-ordered tie-break.
		candidates.sort(Comparator.<Integer>comparingLong((p) -> -Math.round(raw[p] * TIE_PRECISION))
			.thenComparingInt((p) -> -transfers[p])
			.thenComparingInt((p) -> p));
		double pairs = pairsOfOthers(network.people());
		List<Broker> brokers = candidates.stream()
			.limit(first)
			.map((p) -> new Broker(network.person(p), raw[p] / pairs, network.bridges(p), transfers[p]))
			.toList();
		return new BrokerRanking(brokers, scores.method(), scores.sources(), network.people(), network.ties());
	}

	/**
	 * Every person's betweenness, as a share of the pairs of other people (see
	 * {@link Broker#betweenness()}).
	 * @param network the window's network
	 * @return betweenness by person id
	 */
	Map<String, Double> shares(PersonNetwork network) {
		double[] raw = betweenness(network).raw();
		double pairs = pairsOfOthers(network.people());
		Map<String, Double> shares = new LinkedHashMap<>();
		for (int p = 0; p < raw.length; p++) {
			shares.put(network.person(p), raw[p] / pairs);
		}
		return shares;
	}

	Scores betweenness(PersonNetwork network) {
		int n = network.people();
		if (n <= this.exactLimit || this.samples >= n) {
			return new Scores(exact(network), BetweennessMethod.EXACT, n);
		}
		int[] sources = SampledBetweenness.sources(n, this.samples, this.seed);
		return new Scores(SampledBetweenness.betweenness(network, sources), BetweennessMethod.SAMPLED, sources.length);
	}

	/**
	 * JGraphT's Brandes betweenness on the unweighted graph: paths are counted in hops.
	 */
	static double[] exact(PersonNetwork network) {
		Graph<Integer, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
		int n = network.people();
		for (int p = 0; p < n; p++) {
			graph.addVertex(p);
		}
		for (int p = 0; p < n; p++) {
			for (int k = 0, degree = network.degree(p); k < degree; k++) {
				int q = network.neighbour(p, k);
				if (p < q) {
					graph.addEdge(p, q);
				}
			}
		}
		Map<Integer, Double> scores = new BetweennessCentrality<>(graph).getScores();
		double[] raw = new double[n];
		scores.forEach((p, score) -> raw[p] = score);
		return raw;
	}

	/** Unordered pairs of people other than one: the most paths one person can be on. */
	private static double pairsOfOthers(int people) {
		return (people < 3) ? 1 : (people - 1) * (double) (people - 2) / 2;
	}

	/**
	 * Betweenness by person index, counted over unordered pairs.
	 *
	 * @param raw scores
	 * @param method exact or sampled
	 * @param sources people whose paths were followed
	 */
	record Scores(double[] raw, BetweennessMethod method, int sources) {
	}

}
