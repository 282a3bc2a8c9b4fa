package org.boomerang.mentoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The in-memory flow aggregation alone, over 1,000,000 synthetic transfers shaped like
 * {@link KnowledgeFlowBench}'s (no database). Run with
 * {@code ./mvnw test -Dtest=FlowIndexMicroBench}; prints figures, asserts nothing.
 */
class FlowIndexMicroBench {

	@Test
	void aggregation_over_a_million_transfers() {
		Random random = new Random(42);
		List<List<List<String>>> people = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			people.add(List.of(pick(random, "bc", 60, 1 + random.nextInt(3)),
					pick(random, "bp", 20, 1 + (random.nextInt(10) == 0 ? 1 : 0)),
					pick(random, "bi", 15, 1 + (random.nextInt(4) == 0 ? 1 : 0))));
		}
		FlowIndex.Columns columns = new FlowIndex.Columns();
		LocalDate first = LocalDate.of(2023, 1, 1);
		for (int i = 0; i < 1_000_000; i++) {
			int teacher = random.nextInt(10_000);
			int learner = (teacher + 1 + random.nextInt(9_999)) % 10_000;
			columns.add(new FlowRepository.FlowRow(null, first.plusDays(random.nextInt(3 * 365)), "p" + teacher,
					"p" + learner, "bs" + (int) (400 * Math.pow(random.nextDouble(), 2)), people.get(teacher),
					people.get(learner)));
		}
		FlowIndex.Snapshot snapshot = columns.snapshot();
		long since = LocalDate.of(2025, 1, 1).toEpochDay();
		long until = LocalDate.of(2025, 12, 31).toEpochDay();
		for (NetworkLevel level : NetworkLevel.values()) {
			long[] nanos = new long[30];
			int pairs = 0;
			for (int i = 0; i < nanos.length; i++) {
				long t = System.nanoTime();
				pairs = snapshot.flows(level, since, until, null).size();
				nanos[i] = System.nanoTime() - t;
			}
			Arrays.sort(nanos);
			System.out.printf("MICRO %s (%d pairs): median %.1f ms, p95 %.1f ms%n", level, pairs, nanos[15] / 1e6,
					nanos[28] / 1e6);
		}
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
