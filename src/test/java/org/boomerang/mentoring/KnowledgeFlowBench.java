package org.boomerang.mentoring;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

import org.boomerang.bench.GeneratedFlows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Benchmark of {@code knowledgeFlows} over a generated graph (not part of the test suite:
 * its name does not end in Tests). Run with
 * {@code ./mvnw test -Dtest=KnowledgeFlowBench -Dbench.transfers=1000000}. Prints
 * figures; asserts nothing about time.
 */
class KnowledgeFlowBench extends MentoringGraphQl {

	private static final int PEOPLE = 10_000;

	private static final int COMMUNITIES = 60;

	private static final int PROFESSIONS = 20;

	private static final int INSTITUTIONS = 15;

	private static final int SKILLS = 400;

	private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);

	private static final int DAYS = 3 * 365;

	@Autowired
	FlowIndex index;

	@Autowired
	FlowRepository flowRepository;

	@AfterEach
	void dropGeneratedGraph() {
		GeneratedFlows.drop(this.driver);
	}

	@Test
	void knowledge_flows_over_generated_transfers() {
		int transfers = Integer.getInteger("bench.transfers", 1_000_000);
		int steps = Integer.getInteger("bench.steps", 4);
		long start = System.nanoTime();
		GeneratedFlows graph = new GeneratedFlows(
				new GeneratedFlows.Shape(PEOPLE, COMMUNITIES, PROFESSIONS, INSTITUTIONS, SKILLS, 0, FIRST_DAY, DAYS),
				this::write, 42);
		graph.people();
		System.out.printf("BENCH generated %d people in %d s%n", PEOPLE, (System.nanoTime() - start) / 1_000_000_000);
		int written = 0;
		for (int step = 1; step <= steps; step++) {
			int target = (int) ((long) transfers * step / steps);
			start = System.nanoTime();
			graph.transfers(written, target, 0);
			written = target;
			System.out.printf("BENCH --- %d transfers (generated in %d s)%n", written,
					(System.nanoTime() - start) / 1_000_000_000);
			measure(step == 1, step == steps);
		}
	}

	private void measure(boolean first, boolean last) {
		long start = System.nanoTime();
		int[] rows = new int[1];
		if (last) {
			this.flowRepository.transfersAfter(null, (row) -> rows[0]++);
			System.out.printf("BENCH streaming all %d transfers from the graph took %d ms%n", rows[0],
					(System.nanoTime() - start) / 1_000_000);
		}
		start = System.nanoTime();
		this.index.current();
		System.out.printf("BENCH flow index caught up in %d ms%n", (System.nanoTime() - start) / 1_000_000);

		LocalDate since = LocalDate.of(2025, 1, 1);
		LocalDate until = LocalDate.of(2025, 12, 31);
		for (NetworkLevel level : NetworkLevel.values()) {
			long[] service = new long[20];
			int flows = 0;
			for (int i = 0; i < service.length; i++) {
				long t = System.nanoTime();
				flows = this.index.flows(level, since, until, null).size();
				service[i] = System.nanoTime() - t;
			}
			report("service, a year, " + level + " (" + flows + " pairs)", service);
		}
		long[] skillOnly = new long[20];
		for (int i = 0; i < skillOnly.length; i++) {
			long t = System.nanoTime();
			this.index.flows(NetworkLevel.COMMUNITY, since, until, "bs7");
			skillOnly[i] = System.nanoTime() - t;
		}
		report("service, a year, COMMUNITY, skill=bs7", skillOnly);
		Runnable lean = () -> graphQl("knowledge-flows-counts", "level", "COMMUNITY", "since", "2025-01-01", "until",
				"2025-12-31")
			.errors()
			.verify();
		// Warm-up: the first requests compile the HTTP and GraphQL path; then measure.
		for (int i = 0; i < 5; i++) {
			lean.run();
		}
		long[] httpLean = new long[20];
		for (int i = 0; i < httpLean.length; i++) {
			long t = System.nanoTime();
			lean.run();
			httpLean[i] = System.nanoTime() - t;
		}
		report("GraphQL over HTTP, a year, COMMUNITY, counts without skills", httpLean);
		long[] httpFull = new long[last ? 10 : 5];
		for (int i = 0; i < httpFull.length; i++) {
			long t = System.nanoTime();
			graphQl("knowledge-flows-with-skill-names", "level", "PROFESSION", "since", "2025-01-01", "until",
					"2025-12-31")
				.errors()
				.verify();
			httpFull[i] = System.nanoTime() - t;
		}
		report("GraphQL over HTTP, a year, PROFESSION, with every skill of every pair", httpFull);
		if (first) {
			// For comparison: the same aggregation done by Cypher over the id lists.
			long[] cypher = new long[3];
			for (int i = 0; i < cypher.length; i++) {
				long t = System.nanoTime();
				read("""
						MATCH (t:Transfer) WHERE t.on >= $since AND t.on <= $until
						MATCH (t)-[:FROM]->(a), (t)-[:TO]->(b)
						UNWIND t.fromCommunities AS f
						UNWIND t.toCommunities AS g
						WITH f, g, t, [a.id, b.id] AS pair
						UNWIND pair AS person
						RETURN f, g, count(DISTINCT t) AS transfers, count(DISTINCT person) AS people""",
						Map.of("since", since, "until", until));
				cypher[i] = System.nanoTime() - t;
			}
			report("plain Cypher aggregation, a year, COMMUNITY (for comparison)", cypher);
		}
	}

	private static void report(String what, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		double median = sorted[sorted.length / 2] / 1e6;
		double p95 = sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1)] / 1e6;
		System.out.printf("BENCH %s: median %.1f ms, p95 %.1f ms, max %.1f ms (n=%d)%n", what, median, p95,
				sorted[sorted.length - 1] / 1e6, sorted.length);
	}

}
