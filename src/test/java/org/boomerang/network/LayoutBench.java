package org.boomerang.network;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Random;

import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.IndexedFRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

/**
 * Times JGraphT's force-directed layouts on the coordinator page's two graph sizes, as an
 * option for giving the page positions computed on the server: Fruchterman-Reingold on 60
 * places with 1,000 flows, and its Barnes-Hut variant on 5,000 people with 15,000 ties.
 * Run with {@code ./mvnw test -Dtest=LayoutBench -Dspring-javaformat.skip=true}; prints
 * the median CPU time of 3 runs, asserts nothing.
 */
class LayoutBench {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	@Test
	void force_directed_layout_time() {
		Graph<Integer, DefaultEdge> places = random(60, 1000 / 2, 1);
		System.out.printf("LAYOUT 60 places, %d undirected pairs, FR 100 iterations: %.0f ms CPU%n",
				places.edgeSet().size(),
				median(() -> new FRLayoutAlgorithm2D<Integer, DefaultEdge>(100, 0.5, new Random(1)).layout(places,
						new MapLayoutModel2D<>(Box2D.of(1000, 1000)))));
		Graph<Integer, DefaultEdge> people = random(5000, 15000, 2);
		System.out.printf("LAYOUT 5,000 people, %d ties, Barnes-Hut FR 100 iterations: %.0f ms CPU%n",
				people.edgeSet().size(),
				median(() -> new IndexedFRLayoutAlgorithm2D<Integer, DefaultEdge>(100, 0.5, 0.5, new Random(1))
					.layout(people, new MapLayoutModel2D<>(Box2D.of(1000, 1000)))));
	}

	private static Graph<Integer, DefaultEdge> random(int vertices, int edges, long seed) {
		Random random = new Random(seed);
		Graph<Integer, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
		for (int v = 0; v < vertices; v++) {
			graph.addVertex(v);
		}
		while (graph.edgeSet().size() < edges) {
			int a = random.nextInt(vertices);
			int b = random.nextInt(vertices);
			if (a != b) {
				graph.addEdge(a, b);
			}
		}
		return graph;
	}

	private static double median(Runnable work) {
		double[] ms = new double[3];
		for (int i = 0; i < ms.length; i++) {
			long t = THREADS.getCurrentThreadCpuTime();
			work.run();
			ms[i] = (THREADS.getCurrentThreadCpuTime() - t) / 1e6;
		}
		Arrays.sort(ms);
		return ms[1];
	}

}
