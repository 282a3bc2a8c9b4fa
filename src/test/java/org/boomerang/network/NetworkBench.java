package org.boomerang.network;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.function.Supplier;

import org.boomerang.GraphTests;
import org.boomerang.bench.BenchFigures;
import org.boomerang.demo.DemoLoader;
import org.boomerang.demo.DemoNetworkGenerator;
import org.boomerang.importing.EscoReader;
import org.boomerang.mentoring.NetworkLevel;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Benchmark of the coordinator's queries over a generated network (not part of the test
 * suite: its name does not end in Tests). Run with
 * {@code ./mvnw test -Dtest=NetworkBench -Dbench.people=2000 -Dspring-javaformat.skip=true}
 * ({@code bench.transfers} per person, default 6; {@code bench.runs}, default 10). Prints
 * the median and p95 of each query computed afresh (cache emptied before each run) and
 * answered from the cache; asserts nothing about time.
 */
class NetworkBench extends GraphTests {

	@Autowired
	private NetworkService service;

	@Autowired
	private NetworkRepository repository;

	@Test
	void coordinator_queries_over_a_generated_network() {
		int people = Integer.getInteger("bench.people", 2000);
		int transfers = Integer.getInteger("bench.transfers", 6);
		int runs = Integer.getInteger("bench.runs", 10);
		long start = System.nanoTime();
		DemoNetworkGenerator.Settings settings = new DemoNetworkGenerator.Settings(people, 42, LocalDate.now(),
				transfers, 10, true);
		this.imports.importDocument(new ByteArrayInputStream(
				new DemoNetworkGenerator(EscoReader.readClasspath(DemoLoader.ESCO_SUBSET), settings).toBytes()));
		System.out.printf("BENCH generated and imported %d people in %d s%n", people,
				(System.nanoTime() - start) / 1_000_000_000);
		LocalDate since = LocalDate.now().minusYears(1);
		String community = read("MATCH (c:Community)<-[:MEMBER_OF]-(p) RETURN c.id AS id, count(p) AS n"
				+ " ORDER BY n DESC, id LIMIT 1", java.util.Map.of())
			.records()
			.get(0)
			.get("id")
			.asString();
		for (NetworkLevel level : NetworkLevel.values()) {
			measure("network, a year, " + level, runs, () -> this.service.network(level, since, null, null, null));
		}
		measure("brokers, a year, COMMUNITY", runs, () -> this.service.brokers(NetworkLevel.COMMUNITY, since, null));
		measure("mentoringTimeline, everything, COMMUNITY", runs,
				() -> this.service.timeline(NetworkLevel.COMMUNITY, null, null, null));
		long[] gaps = new long[runs];
		for (int i = 0; i < runs; i++) {
			long t = System.nanoTime();
			this.repository.skillGaps(NetworkLevel.COMMUNITY, community);
			gaps[i] = System.nanoTime() - t;
		}
		BenchFigures.report("skillGaps, the largest community (not cached)", gaps);
	}

	private void measure(String what, int runs, Supplier<Object> query) {
		long[] cold = new long[runs];
		long[] warm = new long[runs];
		for (int i = 0; i < runs; i++) {
			this.service.transfersArrived(null);
			long t = System.nanoTime();
			query.get();
			cold[i] = System.nanoTime() - t;
			t = System.nanoTime();
			query.get();
			warm[i] = System.nanoTime() - t;
		}
		BenchFigures.report(what + ", computed", cold);
		BenchFigures.report(what + ", cached", warm);
	}

}
