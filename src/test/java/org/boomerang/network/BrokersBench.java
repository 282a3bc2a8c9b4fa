package org.boomerang.network;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/**
 * Times betweenness on synthetic window networks ({@link SyntheticNetworks}): JGraphT's
 * exact Brandes, the sampled estimate at several sample sizes, and how well the sampled
 * top 20 agrees with the exact one. Run with
 * {@code ./mvnw test -Dtest=BrokersBench -Dspring-javaformat.skip=true}
 * ({@code -Dbench.sizes=2000,10000}; {@code -Dbench.exactMax=5000}: the largest network
 * given to JGraphT, {@code -Dbench.exactRuns=3} times;
 * {@code -Dbench.referenceMax=30000}: the largest whose exact top 20 is found, from every
 * source, to judge the samples against; {@code -Dbench.samples=100,250,500,1000,2000} and
 * {@code -Dbench.runs=3} for the samples). Prints figures (CPU time of the computing
 * thread; the machine is shared), asserts nothing.
 */
class BrokersBench {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	@Test
	void betweenness_time_against_network_size() {
		int[] sizes = Arrays.stream(System.getProperty("bench.sizes", "2000,10000,30000,100000").split(","))
			.mapToInt(Integer::parseInt)
			.toArray();
		int exactMax = Integer.getInteger("bench.exactMax", 5_000);
		int exactRuns = Integer.getInteger("bench.exactRuns", 3);
		int referenceMax = Integer.getInteger("bench.referenceMax", 30_000);
		int runs = Integer.getInteger("bench.runs", 3);
		int[] samples = Arrays.stream(System.getProperty("bench.samples", "100,250,500,1000,2000").split(","))
			.mapToInt(Integer::parseInt)
			.toArray();
		for (int n : sizes) {
			long t = System.nanoTime();
			PersonNetwork network = SyntheticNetworks.window(n, 2.3, 0.2, 42);
			System.out.printf("BENCH n=%d: %d people with ties, %d ties, built in %.0f ms%n", n, network.people(),
					network.ties(), (System.nanoTime() - t) / 1e6);
			double[] exact = null;
			if (n <= exactMax) {
				double[][] result = new double[1][];
				double ms = median(exactRuns, () -> result[0] = BrokerFinder.exact(network));
				exact = result[0];
				System.out.printf("BENCH n=%d JGraphT exact: median %.0f ms CPU of %d runs%n", n, ms, exactRuns);
			}
			if (n <= referenceMax) {
				int[] all = SampledBetweenness.sources(network.people(), network.people(), 1);
				double[][] result = new double[1][];
				double ms = median(1, () -> result[0] = SampledBetweenness.betweenness(network, all));
				System.out.printf("BENCH n=%d every source on arrays (exact): %.0f ms CPU%s%n", n, ms, (exact != null)
						? String.format(", largest difference to JGraphT %.1e", maxDifference(exact, result[0])) : "");
				exact = result[0];
			}
			for (int k : samples) {
				if (k >= network.people()) {
					continue;
				}
				int[] sources = SampledBetweenness.sources(network.people(), k, BrokerFinder.DEFAULT_SEED);
				double[][] result = new double[1][];
				double ms = median(runs, () -> result[0] = SampledBetweenness.betweenness(network, sources));
				String agreement = (exact != null)
						? String.format(", top 20 shared with exact: %d, exact top 20 in" + " sampled top 40: %d",
								shared(top(exact, 20), top(result[0], 20)), shared(top(exact, 20), top(result[0], 40)))
						: "";
				System.out.printf("BENCH n=%d sampled k=%d: median %.0f ms CPU%s%n", n, k, ms, agreement);
			}
		}
	}

	/**
	 * The median CPU time of the working thread: the machine is shared, and wall time
	 * there measures the neighbours' load as much as the work (the wall median is printed
	 * beside it).
	 */
	private static double median(int runs, Supplier<Object> work) {
		double[] cpu = new double[runs];
		double[] wall = new double[runs];
		for (int i = 0; i < runs; i++) {
			long c = THREADS.getCurrentThreadCpuTime();
			long t = System.nanoTime();
			work.get();
			wall[i] = (System.nanoTime() - t) / 1e6;
			cpu[i] = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
		}
		Arrays.sort(cpu);
		Arrays.sort(wall);
		System.out.printf("BENCH   (wall median %.0f ms, load average %.1f)%n", wall[runs / 2],
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		return cpu[runs / 2];
	}

	private static double maxDifference(double[] a, double[] b) {
		double max = 0;
		for (int i = 0; i < a.length; i++) {
			max = Math.max(max, Math.abs(a[i] - b[i]) / Math.max(1, Math.abs(a[i])));
		}
		return max;
	}

	private static Set<Integer> top(double[] scores, int k) {
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < scores.length; i++) {
			order.add(i);
		}
		order.sort((a, b) -> Double.compare(scores[b], scores[a]));
		return new HashSet<>(order.subList(0, Math.min(k, order.size())));
	}

	private static int shared(Set<Integer> a, Set<Integer> b) {
		Set<Integer> both = new HashSet<>(a);
		both.retainAll(b);
		return both.size();
	}

}
