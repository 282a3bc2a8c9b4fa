package org.boomerang.programme;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Times the cohort assignment's solver on a synthetic cohort (not part of the test suite:
 * its name does not end in Tests). Run with
 * {@code ./mvnw test -Dtest=CohortAssignmentBench}; sizes with {@code -Dbench.mentees},
 * {@code -Dbench.mentors}, {@code -Dbench.candidates}, {@code -Dbench.runs}. Prints
 * figures; asserts nothing about time. Candidate generation and scoring are the service's
 * and are not in these figures.
 */
class CohortAssignmentBench {

	@Test
	void cohort_assignment_on_a_synthetic_cohort() {
		int menteeCount = Integer.getInteger("bench.mentees", 2_000);
		int mentorCount = Integer.getInteger("bench.mentors", 5_000);
		int candidateCount = Integer.getInteger("bench.candidates", 20);
		int runs = Integer.getInteger("bench.runs", 10);
		int warmUps = Integer.getInteger("bench.warmups", 3);
		AssignmentProblem<String> problem = cohort(menteeCount, mentorCount, candidateCount, new Random(16));
		Indexed indexed = Indexed.of(problem);
		System.out.printf("BENCH %d mentees x %d candidates among %d mentors (%d places)%n", menteeCount,
				candidateCount, mentorCount, problem.freePlaces().values().stream().mapToInt(Integer::intValue).sum());

		for (int i = 0; i < warmUps; i++) {
			CohortAssignment.solve(problem);
			AssignmentFlow.solve(indexed.mentors(), indexed.units(), indexed.places());
		}
		long[] whole = new long[runs];
		long[] flowOnly = new long[runs];
		CohortPlan<String> plan = null;
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			plan = CohortAssignment.solve(problem);
			whole[i] = System.nanoTime() - start;
			start = System.nanoTime();
			AssignmentFlow.solve(indexed.mentors(), indexed.units(), indexed.places());
			flowOnly[i] = System.nanoTime() - start;
		}
		System.out.printf("BENCH plan: %d pairs, %d unmatched, total %.3f, optimal %s%n", plan.pairs().size(),
				plan.unmatched().size(), plan.totalScore(), plan.optimal());
		print("CohortAssignment.solve (ids, checks, flow, reasons)", whole);
		print("AssignmentFlow.solve (network and min-cost flow only)", flowOnly);
	}

	private static void print(String what, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		int p95 = (int) Math.ceil(0.95 * sorted.length) - 1;
		System.out.printf("BENCH %s over %d runs: min %.0f ms, median %.0f ms, p95 %.0f ms%n", what, sorted.length,
				sorted[0] / 1e6, sorted[sorted.length / 2] / 1e6, sorted[p95] / 1e6);
	}

	/**
	 * Mentors with 1-3 free places; each mentee's candidates are drawn with a skew
	 * towards the first mentors, so that popular mentors are wanted by many more mentees
	 * than they can take (without competition the flow has nothing to decide).
	 */
	private static AssignmentProblem<String> cohort(int menteeCount, int mentorCount, int candidateCount,
			Random random) {
		Map<String, Integer> places = new HashMap<>();
		for (int m = 0; m < mentorCount; m++) {
			places.put(mentor(m), 1 + random.nextInt(3));
		}
		List<MenteeCandidates<String>> mentees = new ArrayList<>();
		for (int e = 0; e < menteeCount; e++) {
			Set<Integer> picked = new LinkedHashSet<>();
			while (picked.size() < Math.min(candidateCount, mentorCount)) {
				picked.add((int) (mentorCount * Math.pow(random.nextDouble(), 3)));
			}
			List<Candidate<String>> candidates = new ArrayList<>();
			for (int m : picked) {
				// whoCanTeach-like scores: a few units, with decimals.
				double score = Math.round((0.2 + 2.8 * random.nextDouble()) * 1e4) / 1e4;
				candidates.add(new Candidate<>(mentor(m), score, null));
			}
			mentees.add(new MenteeCandidates<>(String.format("e%05d", e), true, candidates, Map.of()));
		}
		return new AssignmentProblem<>(mentees, places, List.of(), List.of());
	}

	private static String mentor(int index) {
		return String.format("m%05d", index);
	}

	/**
	 * The same cohort as indexes, to time the flow without the solver's own work.
	 */
	private record Indexed(int[][] mentors, long[][] units, int[] places) {

		static Indexed of(AssignmentProblem<String> problem) {
			int[] places = new int[problem.freePlaces().size()];
			problem.freePlaces().forEach((mentor, free) -> places[Integer.parseInt(mentor.substring(1))] = free);
			int[][] mentors = new int[problem.mentees().size()][];
			long[][] units = new long[problem.mentees().size()][];
			for (int e = 0; e < mentors.length; e++) {
				List<Candidate<String>> candidates = problem.mentees().get(e).candidates();
				mentors[e] = candidates.stream().mapToInt((c) -> Integer.parseInt(c.mentorId().substring(1))).toArray();
				units[e] = candidates.stream().mapToLong((c) -> CohortAssignment.units(c.score())).toArray();
			}
			return new Indexed(mentors, units, places);
		}

	}

}
