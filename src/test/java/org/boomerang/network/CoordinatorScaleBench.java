package org.boomerang.network;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.boomerang.GraphTests;
import org.boomerang.bench.BenchFigures;
import org.boomerang.HeadlessChromium;
import org.boomerang.SignedInBrowser;
import org.boomerang.bench.GeneratedFlows;
import org.boomerang.mentoring.FlowIndex;
import org.boomerang.mentoring.NetworkLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Benchmark of the coordinator's queries and page at the size (not part of the
 * test suite: its name does not end in Tests): by default 100,000 people in 60
 * communities, 20 professions and 15 institutions, each able to teach 3 of 400 skills and
 * wanting one, 30,000 mentorships, and 1,000,000 transfers over the last three years, a
 * third of them inside mentorships, written straight into the graph
 * ({@link GeneratedFlows}). Times each query warm (cached), computed afresh (cache
 * emptied) and after a new transfer arrives through the import (the flow columns catch
 * up, the cache empties), then the coordinator page's first complete draw of the 60
 * communities (the page's default window, all time) in a fresh headless Chromium each run
 * (from navigation to the chart's first {@code finished}, the page's
 * {@code boomerang:network-drawn} mark). Run with
 * {@code ./mvnw test -Dtest=CoordinatorScaleBench -Dspring-javaformat.skip=true
 * -Dsurefire.failIfNoSpecifiedTests=false} ({@code bench.people},
 * {@code bench.transfers}, {@code bench.runs} default 10; {@code bench.drawOnly} times
 * the page only); prints figures, asserts nothing about time.
 */
class CoordinatorScaleBench extends GraphTests {

	@Autowired
	private NetworkService service;

	@Autowired
	private NetworkRepository repository;

	@Autowired
	private FlowIndex flows;

	private int arrived;

	@AfterEach
	void dropGeneratedGraph() {
		GeneratedFlows.drop(this.driver);
	}

	@Test
	void coordinator_queries_and_page_at_scale() throws Exception {
		int people = Integer.getInteger("bench.people", 100_000);
		int transfers = Integer.getInteger("bench.transfers", 1_000_000);
		int runs = Integer.getInteger("bench.runs", 10);
		long start = System.nanoTime();
		GeneratedFlows graph = new GeneratedFlows(
				new GeneratedFlows.Shape(people, 60, 20, 15, 400, 3, LocalDate.now().minusYears(3), 3 * 365),
				this::write, 42);
		graph.people();
		graph.mentorships(people * 3 / 10);
		System.out.printf("BENCH %,d people and %,d mentorships written in %d s%n", people, people * 3 / 10,
				(System.nanoTime() - start) / 1_000_000_000);
		start = System.nanoTime();
		graph.transfers(0, transfers, 1.0 / 3);
		System.out.printf("BENCH %,d transfers written in %d s%n", transfers,
				(System.nanoTime() - start) / 1_000_000_000);
		start = System.nanoTime();
		this.flows.months(NetworkLevel.COMMUNITY, null, null, null);
		System.out.printf("BENCH flow columns built from the graph in %d s%n",
				(System.nanoTime() - start) / 1_000_000_000);
		if (Boolean.getBoolean("bench.drawOnly")) {
			firstDraw(runs);
			return;
		}
		LocalDate since = LocalDate.now().minusYears(1);
		String community = "bc7";
		for (NetworkLevel level : NetworkLevel.values()) {
			measure("network, a year, " + level, runs, () -> this.service.network(level, since, null, null, null));
		}
		measure("network, all time (the page's first request), COMMUNITY", runs,
				() -> this.service.network(NetworkLevel.COMMUNITY, null, null, null, null));
		measure("brokers, a year, COMMUNITY", Math.min(runs, 5),
				() -> this.service.brokers(NetworkLevel.COMMUNITY, since, null));
		measure("mentoringTimeline, everything, one community", runs,
				() -> this.service.timeline(NetworkLevel.COMMUNITY, community, null, null));
		long[] gaps = new long[runs];
		for (int i = 0; i < runs; i++) {
			long t = System.nanoTime();
			this.repository.skillGaps(NetworkLevel.COMMUNITY, community);
			gaps[i] = System.nanoTime() - t;
		}
		BenchFigures.report("skillGaps, one community (not cached)", gaps);
		firstDraw(runs);
	}

	/**
	 * Warm (answered from the cache), computed (cache emptied) and after a new transfer.
	 */
	private void measure(String what, int runs, Supplier<Object> query) {
		long[] warm = new long[runs];
		long[] computed = new long[runs];
		long[] arrival = new long[runs];
		query.get();
		for (int i = 0; i < runs; i++) {
			long t = System.nanoTime();
			query.get();
			warm[i] = System.nanoTime() - t;
			this.service.transfersArrived(null);
			t = System.nanoTime();
			query.get();
			computed[i] = System.nanoTime() - t;
			newTransfer();
			t = System.nanoTime();
			query.get();
			arrival[i] = System.nanoTime() - t;
		}
		BenchFigures.report(what + ", warm", warm);
		BenchFigures.report(what + ", computed", computed);
		BenchFigures.report(what + ", after a new transfer", arrival);
	}

	private void newTransfer() {
		int n = ++this.arrived;
		importJson("""
				{"format":"boomerang-import/1","transfers":[{"id":"arrived-%d","from":"bperson%d","to":"bperson%d",
				 "skill":"bs1","on":"%s"}]}""".formatted(n, n, n + 1, LocalDate.now()));
	}

	private void firstDraw(int runs) throws Exception {
		if (!HeadlessChromium.installed()) {
			System.out.println("BENCH first draw: " + HeadlessChromium.NOT_INSTALLED);
			return;
		}
		write("MATCH (p:Person {id: 'bperson0'}) SET p.email = 'bench.coordinator@example.org'", Map.of());
		String token = this.tokens.coordinator("bperson0");
		List<Double> draws = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			if (i % 2 == 1) {
				// Every other run after a new transfer: the page's request computes
				// afresh.
				newTransfer();
			}
			try (SignedInBrowser browser = SignedInBrowser.start(this.port)) {
				// The signed-in load of the page is the navigation measured.
				browser.signIn("/coordinator", token, "bperson0");
				Object mark = new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(60))
					.until((d) -> browser.driver()
						.executeScript("var m = performance.getEntriesByName('boomerang:network-drawn');"
								+ " return m.length ? m[0].startTime : null;"));
				draws.add(((Number) mark).doubleValue());
				System.out.printf("BENCH first draw, run %d%s: %.0f ms%n", i + 1,
						(i % 2 == 1) ? " (after a new transfer)" : "", ((Number) mark).doubleValue());
				Object nodes = browser.driver()
					.executeScript("return document.getElementById('network-chart').dataset.nodes");
				if (i == 0) {
					System.out.printf("BENCH first draw shows %s places%n", nodes);
				}
			}
		}
		long[] nanos = draws.stream().mapToLong((ms) -> (long) (ms * 1e6)).toArray();
		BenchFigures
			.report("the coordinator page's first complete draw of the 60 communities, its default window (all time;"
					+ " a fresh browser each run, every other run after a new transfer)", nanos);
	}

}
