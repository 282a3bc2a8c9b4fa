package org.boomerang.programme;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.boomerang.api.BadRequestException;
import org.boomerang.api.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

class CohortAssignmentTests {

	/**
	 * Small seeded instances (up to 6 mentees, 5 mentors, 0-2 places each), small enough
	 * that every assignment can be tried.
	 */
	private static final List<AssignmentProblem<String>> RANDOM = randomInstances(500, new Random(16));

	@Test
	void every_plan_scores_as_much_as_the_best_assignment_found_by_trying_them_all() {
		for (AssignmentProblem<String> problem : RANDOM) {
			CohortPlan<String> plan = CohortAssignment.solve(problem);
			assertThat(units(plan)).as(problem::toString).isEqualTo(BruteForce.best(problem));
		}
	}

	@Test
	void every_plan_comes_with_the_flows_certificate_of_optimality() {
		assertThat(RANDOM).allSatisfy((problem) -> assertThat(CohortAssignment.solve(problem).optimal()).isTrue());
	}

	@Test
	void every_lock_is_in_the_plan_and_marked_locked_and_no_other_pair_is() {
		for (AssignmentProblem<String> problem : RANDOM) {
			CohortPlan<String> plan = CohortAssignment.solve(problem);
			assertThat(plan.pairs()).filteredOn(PlannedPair::locked)
				.extracting((pair) -> new Pairing(pair.mentorId(), pair.menteeId()))
				.as(problem::toString)
				.containsExactlyInAnyOrderElementsOf(new HashSet<>(problem.locked()));
		}
	}

	@Test
	void no_plan_contains_an_excluded_pair() {
		for (AssignmentProblem<String> problem : RANDOM) {
			if (problem.excluded().isEmpty()) {
				continue;
			}
			assertThat(CohortAssignment.solve(problem).pairs())
				.extracting((pair) -> new Pairing(pair.mentorId(), pair.menteeId()))
				.as(problem::toString)
				.doesNotContainAnyElementsOf(problem.excluded());
		}
	}

	@Test
	void no_mentor_gets_more_mentees_than_free_places() {
		for (AssignmentProblem<String> problem : RANDOM) {
			Map<String, Long> taken = CohortAssignment.solve(problem)
				.pairs()
				.stream()
				.collect(Collectors.groupingBy(PlannedPair::mentorId, Collectors.counting()));
			taken.forEach((mentor, count) -> assertThat(count).as(problem::toString)
				.isLessThanOrEqualTo(problem.freePlaces().get(mentor)));
		}
	}

	@Test
	void every_mentee_is_either_in_one_pair_or_unmatched() {
		for (AssignmentProblem<String> problem : RANDOM) {
			CohortPlan<String> plan = CohortAssignment.solve(problem);
			List<String> seen = new ArrayList<>();
			plan.pairs().forEach((pair) -> seen.add(pair.menteeId()));
			plan.unmatched().forEach((unmatched) -> seen.add(unmatched.menteeId()));
			assertThat(seen).as(problem::toString)
				.containsExactlyInAnyOrderElementsOf(
						problem.mentees().stream().map(MenteeCandidates::menteeId).toList());
		}
	}

	@Test
	void every_pair_is_a_candidate_of_its_mentee_with_that_candidates_score_and_details() {
		for (AssignmentProblem<String> problem : RANDOM) {
			Map<String, MenteeCandidates<String>> mentees = byId(problem);
			for (PlannedPair<String> pair : CohortAssignment.solve(problem).pairs()) {
				assertThat(mentees.get(pair.menteeId()).candidates()).as(problem::toString)
					.contains(new Candidate<>(pair.mentorId(), pair.score(), pair.payload()));
			}
		}
	}

	@Test
	void a_mentee_left_out_for_full_candidates_has_no_candidate_with_a_place_left_in_the_plan() {
		int seen = 0;
		for (AssignmentProblem<String> problem : RANDOM) {
			CohortPlan<String> plan = CohortAssignment.solve(problem);
			Map<String, Long> taken = plan.pairs()
				.stream()
				.collect(Collectors.groupingBy(PlannedPair::mentorId, Collectors.counting()));
			for (Unmatched unmatched : plan.unmatched()) {
				if (unmatched.reason() == UnmatchedReason.CANDIDATES_FULL) {
					seen++;
					assertThat(byId(problem).get(unmatched.menteeId()).candidates())
						.filteredOn((candidate) -> !problem.excluded()
							.contains(new Pairing(candidate.mentorId(), unmatched.menteeId())))
						.isNotEmpty()
						.allSatisfy((candidate) -> assertThat(taken.getOrDefault(candidate.mentorId(), 0L))
							.isEqualTo((long) problem.freePlaces().get(candidate.mentorId())));
				}
			}
		}
		assertThat(seen).as("instances with mentees left out for full candidates").isGreaterThan(50);
	}

	@Test
	void the_same_problem_in_another_order_gives_the_same_plan() {
		Random random = new Random(61);
		for (AssignmentProblem<String> problem : RANDOM) {
			List<MenteeCandidates<String>> mentees = new ArrayList<>();
			for (MenteeCandidates<String> mentee : problem.mentees()) {
				List<Candidate<String>> candidates = new ArrayList<>(mentee.candidates());
				Collections.shuffle(candidates, random);
				mentees.add(new MenteeCandidates<>(mentee.menteeId(), mentee.wantsToLearn(), candidates,
						mentee.removedByRule()));
			}
			Collections.shuffle(mentees, random);
			List<Pairing> locked = new ArrayList<>(problem.locked());
			Collections.shuffle(locked, random);
			List<Pairing> excluded = new ArrayList<>(problem.excluded());
			Collections.shuffle(excluded, random);
			assertThat(CohortAssignment.solve(new AssignmentProblem<>(mentees, problem.freePlaces(), locked, excluded)))
				.as(problem::toString)
				.isEqualTo(CohortAssignment.solve(problem));
		}
	}

	@Test
	void taking_the_best_single_pair_first_loses_to_the_exact_plan() {
		// Greedy pairs a with x (10) and leaves b, who only has x, out: 10. The best
		// plan gives a its second choice: 9 + 8 = 17.
		AssignmentProblem<String> problem = problem(Map.of("x", 1, "y", 1),
				mentee("a", candidate("x", 10), candidate("y", 9)), mentee("b", candidate("x", 8)));
		assertThat(greedyTotal(problem)).isEqualTo(10);

		CohortPlan<String> plan = CohortAssignment.solve(problem);

		assertThat(plan.pairs()).extracting(PlannedPair::menteeId, PlannedPair::mentorId)
			.containsExactly(tuple("a", "y"), tuple("b", "x"));
		assertThat(plan.totalScore()).isEqualTo(17);
		assertThat(plan.unmatched()).isEmpty();
	}

	@Test
	void a_higher_total_wins_over_a_plan_with_more_pairs() {
		// Two pairs (a-y, b-x) score 2; one pair (a-x) scores 10.
		AssignmentProblem<String> problem = problem(Map.of("x", 1, "y", 1),
				mentee("a", candidate("x", 10), candidate("y", 1)), mentee("b", candidate("x", 1)));

		CohortPlan<String> plan = CohortAssignment.solve(problem);

		assertThat(plan.pairs()).extracting(PlannedPair::menteeId, PlannedPair::mentorId)
			.containsExactly(tuple("a", "x"));
		assertThat(plan.totalScore()).isEqualTo(10);
		assertThat(plan.unmatched()).extracting(Unmatched::menteeId, Unmatched::reason)
			.containsExactly(tuple("b", UnmatchedReason.CANDIDATES_FULL));
	}

	@Test
	void a_mentor_with_several_free_places_takes_several_mentees() {
		AssignmentProblem<String> problem = problem(Map.of("x", 2, "y", 1), mentee("a", candidate("x", 3)),
				mentee("b", candidate("x", 2), candidate("y", 1.5)), mentee("c", candidate("x", 2)));

		CohortPlan<String> plan = CohortAssignment.solve(problem);

		assertThat(plan.pairs()).extracting(PlannedPair::menteeId, PlannedPair::mentorId)
			.containsExactly(tuple("a", "x"), tuple("b", "y"), tuple("c", "x"));
		assertThat(plan.totalScore()).isEqualTo(6.5);
	}

	@Test
	void pairs_carry_the_candidates_details_through() {
		CohortPlan<String> plan = CohortAssignment.solve(problem(Map.of("x", 1), mentee("a", candidate("x", 2.5))));

		assertThat(plan.pairs()).containsExactly(new PlannedPair<>("x", "a", 2.5, "x teaches a", false));
	}

	@Test
	void a_locked_pair_is_kept_even_when_the_plan_would_score_more_without_it() {
		AssignmentProblem<String> problem = new AssignmentProblem<>(
				List.of(mentee("a", candidate("x", 1), candidate("y", 1)), mentee("b", candidate("x", 5))),
				Map.of("x", 1, "y", 1), List.of(new Pairing("x", "a")), List.of());

		CohortPlan<String> plan = CohortAssignment.solve(problem);

		assertThat(plan.pairs()).extracting(PlannedPair::menteeId, PlannedPair::mentorId, PlannedPair::locked)
			.containsExactly(tuple("a", "x", true));
		assertThat(plan.unmatched()).extracting(Unmatched::menteeId, Unmatched::reason)
			.containsExactly(tuple("b", UnmatchedReason.CANDIDATES_FULL));
	}

	@Test
	void a_locked_pair_takes_one_of_the_mentors_places_and_the_rest_is_solved_around_it() {
		AssignmentProblem<String> problem = new AssignmentProblem<>(
				List.of(mentee("a", candidate("x", 1)), mentee("b", candidate("x", 4)),
						mentee("c", candidate("x", 3), candidate("y", 1))),
				Map.of("x", 2, "y", 1), List.of(new Pairing("x", "a")), List.of());

		CohortPlan<String> plan = CohortAssignment.solve(problem);

		assertThat(plan.pairs()).extracting(PlannedPair::menteeId, PlannedPair::mentorId, PlannedPair::locked)
			.containsExactly(tuple("a", "x", true), tuple("b", "x", false), tuple("c", "y", false));
		assertThat(plan.totalScore()).isEqualTo(6);
	}

	@Test
	void the_same_lock_sent_twice_is_kept_once() {
		Pairing lock = new Pairing("x", "a");
		AssignmentProblem<String> problem = new AssignmentProblem<>(List.of(mentee("a", candidate("x", 1))),
				Map.of("x", 1), List.of(lock, lock), List.of());

		assertThat(CohortAssignment.solve(problem).pairs()).extracting(PlannedPair::menteeId, PlannedPair::locked)
			.containsExactly(tuple("a", true));
	}

	@Test
	void a_lock_on_a_mentor_without_a_free_place_is_refused_naming_the_pair_and_the_locks_that_took_it() {
		AssignmentProblem<String> problem = new AssignmentProblem<>(
				List.of(mentee("a", candidate("x", 1)), mentee("b", candidate("x", 1))), Map.of("x", 1),
				List.of(new Pairing("x", "a"), new Pairing("x", "b")), List.of());

		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> CohortAssignment.solve(problem))
			.satisfies((refused) -> assertThat(refused.problems()).extracting(Problem::path).containsExactly("lock[1]"))
			.withMessage("Cannot keep the locked pair of mentor x with mentee b: mentor x has no free place left "
					+ "(1 taken by the locks with mentee a); unlock a pair of this mentor or ask them to raise "
					+ "their capacity.");
	}

	@Test
	void a_lock_on_a_mentor_with_no_free_place_at_all_is_refused() {
		AssignmentProblem<String> problem = new AssignmentProblem<>(List.of(mentee("a", candidate("x", 1))),
				Map.of("x", 0), List.of(new Pairing("x", "a")), List.of());

		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> CohortAssignment.solve(problem))
			.withMessage("Cannot keep the locked pair of mentor x with mentee a: mentor x has no free place left; "
					+ "unlock a pair of this mentor or ask them to raise their capacity.");
	}

	@Test
	void a_mentee_locked_with_two_mentors_is_refused_naming_both_locks() {
		AssignmentProblem<String> problem = new AssignmentProblem<>(
				List.of(mentee("a", candidate("x", 1), candidate("y", 1))), Map.of("x", 1, "y", 1),
				List.of(new Pairing("x", "a"), new Pairing("y", "a")), List.of());

		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> CohortAssignment.solve(problem))
			.satisfies((refused) -> assertThat(refused.problems()).extracting(Problem::path).containsExactly("lock[1]"))
			.withMessage("Cannot keep the locked pair of mentor y with mentee a: mentee a is already locked with "
					+ "mentor x (lock[0]); a mentee has one mentor in a plan, so keep one of the locks.");
	}

	@Test
	void a_pair_both_locked_and_excluded_is_refused() {
		Pairing pair = new Pairing("x", "a");
		AssignmentProblem<String> problem = new AssignmentProblem<>(List.of(mentee("a", candidate("x", 1))),
				Map.of("x", 1), List.of(pair), List.of(pair));

		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> CohortAssignment.solve(problem))
			.withMessage("Cannot keep the locked pair of mentor x with mentee a: the pair is excluded as well as "
					+ "locked; keep one of the two.");
	}

	@Test
	void a_lock_of_a_mentor_who_is_not_a_candidate_is_refused() {
		AssignmentProblem<String> problem = new AssignmentProblem<>(List.of(mentee("a", candidate("x", 1))),
				Map.of("x", 1, "y", 1), List.of(new Pairing("y", "a")), List.of());

		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> CohortAssignment.solve(problem))
			.withMessageContaining("mentor y with mentee a: mentor y is not a candidate for mentee a");
	}

	@Test
	void a_lock_of_someone_outside_the_cohort_is_refused() {
		AssignmentProblem<String> problem = new AssignmentProblem<>(List.of(mentee("a", candidate("x", 1))),
				Map.of("x", 1), List.of(new Pairing("x", "z")), List.of());

		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> CohortAssignment.solve(problem))
			.withMessageContaining("mentee z is not in the programme's cohort");
	}

	@Test
	void every_impossible_lock_is_reported_at_once() {
		AssignmentProblem<String> problem = new AssignmentProblem<>(List.of(mentee("a", candidate("x", 1))),
				Map.of("x", 1), List.of(new Pairing("x", "z"), new Pairing("x", "a"), new Pairing("y", "a")),
				List.of());

		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> CohortAssignment.solve(problem))
			.satisfies((refused) -> assertThat(refused.problems()).extracting(Problem::path)
				.containsExactly("lock[0]", "lock[2]"));
	}

	@Test
	void a_mentee_who_wants_nothing_is_left_out_for_that_reason() {
		AssignmentProblem<String> problem = problem(Map.of("x", 1),
				new MenteeCandidates<>("a", false, List.of(), Map.of()));

		assertThat(CohortAssignment.solve(problem).unmatched())
			.extracting(Unmatched::menteeId, Unmatched::reason, Unmatched::explanation)
			.containsExactly(
					tuple("a", UnmatchedReason.WANTS_NOTHING, "They have not said what they want to learn yet."));
	}

	@Test
	void a_mentee_nobody_in_the_pool_can_teach_is_left_out_for_that_reason() {
		AssignmentProblem<String> problem = problem(Map.of("x", 1), mentee("a"));

		assertThat(CohortAssignment.solve(problem).unmatched())
			.extracting(Unmatched::menteeId, Unmatched::reason, Unmatched::explanation)
			.containsExactly(tuple("a", UnmatchedReason.NO_TEACHER_IN_POOL,
					"Nobody in the programme's mentor pool teaches what they want to learn."));
	}

	@Test
	void a_mentee_whose_teachers_the_programmes_rules_all_remove_is_told_which_rules() {
		AssignmentProblem<String> problem = problem(Map.of("x", 1), new MenteeCandidates<>("a", true, List.of(),
				Map.of(PairRule.CROSS_PROFESSION, 2, PairRule.CROSS_INSTITUTION, 1)));

		assertThat(CohortAssignment.solve(problem).unmatched())
			.extracting(Unmatched::reason, Unmatched::removedByRule, Unmatched::explanation)
			.containsExactly(tuple(UnmatchedReason.EXCLUDED_BY_RULES,
					Map.of(PairRule.CROSS_PROFESSION, 2, PairRule.CROSS_INSTITUTION, 1),
					"Every mentor who teaches what they want is ruled out: 2 by the cross-profession rule "
							+ "(they share a profession), 1 by the cross-institution rule (they share an institution)."));
	}

	@Test
	void a_mentee_whose_candidates_the_coordinator_all_excluded_is_told_so() {
		AssignmentProblem<String> problem = new AssignmentProblem<>(
				List.of(new MenteeCandidates<>("a", true, List.of(candidate("x", 1)),
						Map.of(PairRule.CROSS_INSTITUTION, 1))),
				Map.of("x", 1), List.of(), List.of(new Pairing("x", "a")));

		assertThat(CohortAssignment.solve(problem).unmatched())
			.extracting(Unmatched::reason, Unmatched::removedByRule, Unmatched::explanation)
			.containsExactly(tuple(UnmatchedReason.EXCLUDED_BY_RULES,
					Map.of(PairRule.CROSS_INSTITUTION, 1, PairRule.EXCLUDED_BY_COORDINATOR, 1),
					"Every mentor who teaches what they want is ruled out: 1 by the cross-institution rule "
							+ "(they share an institution), 1 excluded by the coordinator."));
	}

	@Test
	void a_mentee_whose_candidates_have_no_free_place_is_told_they_are_full() {
		AssignmentProblem<String> problem = problem(Map.of("x", 0, "y", 0),
				mentee("a", candidate("x", 1), candidate("y", 2)));

		assertThat(CohortAssignment.solve(problem).unmatched())
			.extracting(Unmatched::reason, Unmatched::candidates, Unmatched::explanation)
			.containsExactly(tuple(UnmatchedReason.CANDIDATES_FULL, 2,
					"All 2 mentors who could teach them have no free place left in this plan."));
	}

	@Test
	void a_mentee_whose_only_candidates_place_went_to_a_better_pair_is_told_it_is_full() {
		AssignmentProblem<String> problem = problem(Map.of("x", 1), mentee("a", candidate("x", 1)),
				mentee("b", candidate("x", 2)));

		assertThat(CohortAssignment.solve(problem).unmatched())
			.extracting(Unmatched::menteeId, Unmatched::reason, Unmatched::explanation)
			.containsExactly(tuple("a", UnmatchedReason.CANDIDATES_FULL,
					"The one mentor who could teach them has no free place left in this plan."));
	}

	@Test
	void scores_count_to_a_millionth() {
		assertThat(CohortAssignment.units(1.2345674)).isEqualTo(1_234_567);
		assertThat(CohortAssignment.units(1.2345676)).isEqualTo(1_234_568);
	}

	@Test
	void a_positive_score_below_a_millionth_still_beats_leaving_the_mentee_out() {
		CohortPlan<String> plan = CohortAssignment.solve(problem(Map.of("x", 1), mentee("a", candidate("x", 1e-9))));

		assertThat(plan.pairs()).extracting(PlannedPair::menteeId).containsExactly("a");
	}

	@Test
	void scores_closer_than_a_millionth_are_a_tie_and_the_plan_stays_certified() {
		// Twelve mentees compete for six places with scores a hundred-millionth apart.
		List<MenteeCandidates<String>> mentees = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			mentees.add(mentee("e" + i, candidate("x", 1 + i * 1e-8), candidate("y", 1 + (11 - i) * 1e-8)));
		}
		CohortPlan<String> plan = CohortAssignment
			.solve(new AssignmentProblem<>(mentees, Map.of("x", 3, "y", 3), List.of(), List.of()));

		assertThat(plan.pairs()).hasSize(6);
		assertThat(units(plan)).isEqualTo(6 * CohortAssignment.UNITS_PER_SCORE);
		assertThat(plan.optimal()).isTrue();
	}

	@Test
	void a_score_outside_the_solvers_range_is_refused_naming_the_pair() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CohortAssignment.solve(problem(Map.of("x", 1), mentee("a", candidate("x", 1000)))))
			.withMessage(
					"the pair of mentor x and mentee a scores 1000.0; a candidate scores above 0 and at most 999.0");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CohortAssignment.solve(problem(Map.of("x", 1), mentee("a", candidate("x", 0)))));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CohortAssignment.solve(problem(Map.of("x", 1), mentee("a", candidate("x", Double.NaN)))));
	}

	@Test
	void a_candidate_without_free_places_given_for_its_mentor_is_refused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CohortAssignment.solve(problem(Map.of(), mentee("a", candidate("x", 1)))))
			.withMessage("mentor x, a candidate of mentee a, has no free places given");
	}

	@Test
	void an_empty_cohort_gets_an_empty_plan() {
		CohortPlan<String> plan = CohortAssignment.solve(problem(Map.of("x", 1)));

		assertThat(plan).isEqualTo(new CohortPlan<String>(List.of(), List.of(), 0, true));
	}

	private static long units(CohortPlan<String> plan) {
		return plan.pairs().stream().mapToLong((pair) -> CohortAssignment.units(pair.score())).sum();
	}

	private static Map<String, MenteeCandidates<String>> byId(AssignmentProblem<String> problem) {
		return problem.mentees().stream().collect(Collectors.toMap(MenteeCandidates::menteeId, Function.identity()));
	}

	private static Candidate<String> candidate(String mentor, double score) {
		return new Candidate<>(mentor, score, mentor + " teaches ?");
	}

	@SafeVarargs
	private static MenteeCandidates<String> mentee(String id, Candidate<String>... candidates) {
		List<Candidate<String>> named = new ArrayList<>();
		for (Candidate<String> candidate : candidates) {
			named.add(new Candidate<>(candidate.mentorId(), candidate.score(), candidate.payload().replace("?", id)));
		}
		return new MenteeCandidates<>(id, true, named, Map.of());
	}

	@SafeVarargs
	private static AssignmentProblem<String> problem(Map<String, Integer> places, MenteeCandidates<String>... mentees) {
		return new AssignmentProblem<>(List.of(mentees), places, List.of(), List.of());
	}

	/**
	 * The best single pair first, then the next that still fits: what the exact plan must
	 * beat.
	 */
	private static double greedyTotal(AssignmentProblem<String> problem) {
		List<PlannedPair<String>> all = new ArrayList<>();
		problem.mentees()
			.forEach((mentee) -> mentee.candidates()
				.forEach((candidate) -> all
					.add(new PlannedPair<>(candidate.mentorId(), mentee.menteeId(), candidate.score(), null, false))));
		all.sort((a, b) -> Double.compare(b.score(), a.score()));
		Map<String, Integer> places = new HashMap<>(problem.freePlaces());
		Set<String> matched = new HashSet<>();
		double total = 0;
		for (PlannedPair<String> pair : all) {
			if (places.get(pair.mentorId()) > 0 && matched.add(pair.menteeId())) {
				places.merge(pair.mentorId(), -1, Integer::sum);
				total += pair.score();
			}
		}
		return total;
	}

	private static List<AssignmentProblem<String>> randomInstances(int count, Random random) {
		List<AssignmentProblem<String>> instances = new ArrayList<>();
		for (int n = 0; n < count; n++) {
			int menteeCount = random.nextInt(7);
			int mentorCount = 1 + random.nextInt(5);
			Map<String, Integer> places = new HashMap<>();
			for (int m = 0; m < mentorCount; m++) {
				places.put("m" + m, random.nextInt(3));
			}
			List<MenteeCandidates<String>> mentees = new ArrayList<>();
			List<Pairing> excluded = new ArrayList<>();
			List<Pairing> locked = new ArrayList<>();
			Map<String, Integer> left = new HashMap<>(places);
			for (int e = 0; e < menteeCount; e++) {
				String mentee = "e" + e;
				boolean wants = random.nextInt(10) > 0;
				List<Candidate<String>> candidates = new ArrayList<>();
				for (int m = 0; wants && m < mentorCount; m++) {
					if (random.nextBoolean()) {
						// Half on a coarse grid, so that ties are common; half
						// arbitrary.
						double score = random.nextBoolean() ? (1 + random.nextInt(8)) / 4.0
								: 0.01 + 3 * random.nextDouble();
						candidates.add(new Candidate<>("m" + m, score, "m" + m + "-" + mentee));
					}
				}
				Map<PairRule, Integer> removed = (random.nextInt(4) == 0)
						? Map.of(PairRule.values()[random.nextInt(2)], 1 + random.nextInt(3)) : Map.of();
				mentees.add(new MenteeCandidates<>(mentee, wants, candidates, removed));
				for (int m = 0; m < mentorCount; m++) {
					if (random.nextInt(10) == 0) {
						excluded.add(new Pairing("m" + m, mentee));
					}
				}
				if (!candidates.isEmpty() && random.nextInt(6) == 0) {
					Candidate<String> pick = candidates.get(random.nextInt(candidates.size()));
					Pairing lock = new Pairing(pick.mentorId(), mentee);
					if (left.get(pick.mentorId()) > 0 && !excluded.contains(lock)) {
						left.merge(pick.mentorId(), -1, Integer::sum);
						locked.add(lock);
					}
				}
			}
			instances.add(new AssignmentProblem<>(mentees, places, locked, excluded));
		}
		return instances;
	}

	/**
	 * Tries every assignment: each mentee without a lock takes none or one of its
	 * candidates with a place left.
	 */
	private static final class BruteForce {

		static long best(AssignmentProblem<String> problem) {
			Map<String, Integer> places = new HashMap<>(problem.freePlaces());
			Set<String> locked = new HashSet<>();
			long lockedUnits = 0;
			for (Pairing lock : problem.locked()) {
				locked.add(lock.menteeId());
				places.merge(lock.mentorId(), -1, Integer::sum);
				lockedUnits += byId(problem).get(lock.menteeId())
					.candidates()
					.stream()
					.filter((candidate) -> candidate.mentorId().equals(lock.mentorId()))
					.mapToLong((candidate) -> CohortAssignment.units(candidate.score()))
					.findFirst()
					.orElseThrow();
			}
			List<List<Candidate<String>>> open = new ArrayList<>();
			for (MenteeCandidates<String> mentee : problem.mentees()) {
				if (!locked.contains(mentee.menteeId())) {
					open.add(mentee.candidates()
						.stream()
						.filter((candidate) -> !problem.excluded()
							.contains(new Pairing(candidate.mentorId(), mentee.menteeId())))
						.toList());
				}
			}
			return lockedUnits + best(open, 0, places);
		}

		private static long best(List<List<Candidate<String>>> open, int next, Map<String, Integer> places) {
			if (next == open.size()) {
				return 0;
			}
			long best = best(open, next + 1, places);
			for (Candidate<String> candidate : open.get(next)) {
				if (places.get(candidate.mentorId()) > 0) {
					places.merge(candidate.mentorId(), -1, Integer::sum);
					best = Math.max(best, CohortAssignment.units(candidate.score()) + best(open, next + 1, places));
					places.merge(candidate.mentorId(), 1, Integer::sum);
				}
			}
			return best;
		}

	}

}
