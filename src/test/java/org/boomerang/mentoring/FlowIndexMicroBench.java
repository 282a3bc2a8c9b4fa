package org.boomerang.mentoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntSupplier;

import org.junit.jupiter.api.Test;

/**
 * The in-memory counting alone (no database), over synthetic transfers shaped like the
 * generated network's: by default 100,000 people in 60 communities, 20 professions and 15
 * institutions, 1,000,000 transfers over three years, a third of them inside 30,000
 * mentorships. Measures knowledgeFlows' aggregation, the coordinator's network and
 * timeline, and the stream of a window's transfers that brokers and a place's people
 * read. Run with
 * {@code ./mvnw test -Dtest=FlowIndexMicroBench -Dspring-javaformat.skip=true}
 * ({@code bench.people}, {@code bench.transfers}); prints figures, asserts nothing.
 */
class FlowIndexMicroBench {

	private static final String[] DIRECTIONS = { "REVERSE", "TRADITIONAL", "PEER" };

	@Test
	void counting_over_a_million_transfers() {
		int peopleCount = Integer.getInteger("bench.people", 100_000);
		int transfers = Integer.getInteger("bench.transfers", 1_000_000);
		Random random = new Random(42);
		List<List<List<String>>> people = new ArrayList<>();
		for (int i = 0; i < peopleCount; i++) {
			people.add(List.of(pick(random, "bc", 60, 1 + random.nextInt(3)),
					pick(random, "bp", 20, 1 + (random.nextInt(10) == 0 ? 1 : 0)),
					pick(random, "bi", 15, 1 + (random.nextInt(4) == 0 ? 1 : 0))));
		}
		int mentorships = 30_000;
		int[][] pairs = new int[mentorships][];
		for (int m = 0; m < mentorships; m++) {
			int mentor = random.nextInt(peopleCount);
			pairs[m] = new int[] { mentor, (mentor + 1 + random.nextInt(peopleCount - 1)) % peopleCount };
		}
		FlowIndex.Columns columns = new FlowIndex.Columns();
		LocalDate first = LocalDate.now().minusYears(3);
		long start = System.nanoTime();
		for (int i = 0; i < transfers; i++) {
			int teacher;
			int learner;
			String mentorship = null;
			String mentor = null;
			String mentee = null;
			if (random.nextInt(3) == 0) {
				int m = random.nextInt(mentorships);
				boolean back = random.nextInt(4) == 0;
				teacher = pairs[m][back ? 1 : 0];
				learner = pairs[m][back ? 0 : 1];
				mentorship = "m" + m;
				mentor = "p" + pairs[m][0];
				mentee = "p" + pairs[m][1];
			}
			else {
				teacher = random.nextInt(peopleCount);
				learner = (teacher + 1 + random.nextInt(peopleCount - 1)) % peopleCount;
			}
			columns.add(new FlowRepository.FlowRow(null, first.plusDays(random.nextInt(3 * 365)), "p" + teacher,
					"p" + learner, "bs" + (int) (400 * Math.pow(random.nextDouble(), 2)), people.get(teacher),
					people.get(learner), DIRECTIONS[random.nextInt(3)], mentorship, mentor, mentee));
		}
		System.out.printf("MICRO %,d transfers of %,d people into columns in %.1f s%n", transfers, peopleCount,
				(System.nanoTime() - start) / 1e9);
		long t = System.nanoTime();
		FlowIndex.Snapshot snapshot = columns.snapshot();
		System.out.printf("MICRO a snapshot (after a new transfer) in %.1f ms%n", (System.nanoTime() - t) / 1e6);
		long since = LocalDate.now().minusYears(1).toEpochDay();
		long until = Long.MAX_VALUE;
		for (NetworkLevel level : NetworkLevel.values()) {
			measure("knowledgeFlows, a year, " + level, () -> snapshot.flows(level, since, until, null).size());
			measure("network, a year, " + level,
					() -> snapshot.network(level, since, until, null, null).edges().size());
		}
		measure("network, a year, COMMUNITY, one institution",
				() -> snapshot.network(NetworkLevel.COMMUNITY, since, until, null, "bi3").edges().size());
		measure("timeline, everything, one community",
				() -> snapshot.months(NetworkLevel.COMMUNITY, "bc7", Long.MIN_VALUE, until).size());
		measure("a year's transfers streamed (brokers, a place's people)", () -> {
			int[] n = new int[1];
			snapshot.transfers(NetworkLevel.COMMUNITY, since, until, (row) -> n[0]++);
			return n[0];
		});
	}

	private static void measure(String what, IntSupplier run) {
		long[] nanos = new long[30];
		int size = 0;
		for (int i = 0; i < nanos.length; i++) {
			long t = System.nanoTime();
			size = run.getAsInt();
			nanos[i] = System.nanoTime() - t;
		}
		Arrays.sort(nanos);
		System.out.printf("MICRO %s (%,d): median %.1f ms, p95 %.1f ms (n=30)%n", what, size, nanos[15] / 1e6,
				nanos[28] / 1e6);
	}

	private static List<String> pick(Random random, String prefix, int of, int count) {
		List<String> picked = new ArrayList<>();
		while (picked.size() < count) {
			String id = prefix + random.nextInt(of);
			if (!picked.contains(id)) {
				picked.add(id);
			}
		}
		return picked;
	}

}
