package org.boomerang.bench;

import java.util.Arrays;

/**
 * How the in-JVM benchmarks print a measured series: median and p95 in milliseconds.
 */
public final class BenchFigures {

	private BenchFigures() {
	}

	/**
	 * Prints {@code BENCH what: median M ms, p95 P ms (n=N)}.
	 * @param what what was measured
	 * @param nanos each run's time in nanoseconds
	 */
	public static void report(String what, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		double median = sorted[sorted.length / 2] / 1e6;
		double p95 = sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1)] / 1e6;
		System.out.printf("BENCH %s: median %.1f ms, p95 %.1f ms (n=%d)%n", what, median, p95, sorted.length);
	}

}
