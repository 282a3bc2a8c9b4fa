package org.boomerang.programme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.boomerang.api.BadRequestException;
import org.boomerang.api.Problem;

/**
 * Proposes the best plan for a programme's cohort: the many-to-one assignment of mentees
 * to mentors with the highest total pair score within every mentor's free places, the
 * coordinator's locked pairs kept and excluded pairs left out. Solved exactly as a
 * minimum-cost flow ({@link AssignmentFlow}); every mentee left out gets a reason.
 */
final class CohortAssignment {

	/**
	 * Scores count to a millionth. The flow works on whole numbers (see
	 * {@link AssignmentFlow}); two plans whose totals differ by less than this are equal
	 * to it.
	 */
	static final long UNITS_PER_SCORE = 1_000_000;

	/**
	 * The highest pair score taken. At a millionth per unit, the flow's costs stay below
	 * JGraphT's 10^9 limit on an arc's cost; {@code whoCanTeach} scores are a few units.
	 */
	static final double MAX_SCORE = 999;

	private static final Comparator<Candidate<?>> BEST_FIRST = Comparator
		.comparingLong((Candidate<?> candidate) -> -units(candidate.score()))
		.thenComparing(Candidate::mentorId);

	private CohortAssignment() {
	}

	/**
	 * A score in the flow's whole units. A positive score below half a unit still counts
	 * as one, so that any candidate pair is worth more than leaving the mentee out.
	 * @param score a pair score, above zero
	 * @return the units, at least 1
	 */
	static long units(double score) {
		return Math.max(1, Math.round(score * UNITS_PER_SCORE));
	}

	/**
	 * Solves the assignment. The same problem gives the same plan whatever the order of
	 * its lists: mentees, candidates and mentors enter the flow in a fixed order (ids,
	 * candidates best first), so among plans with the same total the same one is chosen.
	 * @param <P> the service's details of a pair
	 * @param problem the cohort, places, locks and exclusions
	 * @return the plan
	 * @throws BadRequestException when a lock cannot be kept (named in the message and in
	 * the problems, as {@code lock[i]})
	 * @throws IllegalArgumentException when the problem itself is malformed (the calling
	 * service's mistake, not the coordinator's)
	 */
	static <P> CohortPlan<P> solve(AssignmentProblem<P> problem) {
		Map<String, Integer> places = freePlaces(problem.freePlaces());
		Set<Pairing> excluded = Set.copyOf(problem.excluded());
		List<OpenMentee<P>> mentees = open(problem.mentees(), places, excluded);
		Map<String, PlannedPair<P>> locked = keepLocks(problem.locked(), mentees, excluded, places);
		Chosen<P> chosen = choose(mentees, locked, places);

		List<PlannedPair<P>> pairs = new ArrayList<>();
		List<Unmatched> unmatched = new ArrayList<>();
		double total = 0;
		for (OpenMentee<P> mentee : mentees) {
			PlannedPair<P> pair = locked.getOrDefault(mentee.id(), chosen.pairs().get(mentee.id()));
			if (pair != null) {
				pairs.add(pair);
				total += pair.score();
			}
			else {
				unmatched.add(mentee.unmatched());
			}
		}
		return new CohortPlan<>(pairs, unmatched, total, chosen.optimal());
	}

	private static Map<String, Integer> freePlaces(Map<String, Integer> given) {
		Map<String, Integer> places = new HashMap<>(given);
		places.forEach((mentor, free) -> {
			if (free < 0) {
				throw new IllegalArgumentException(
						"mentor " + mentor + " has " + free + " free places; a mentor over capacity has 0");
			}
		});
		return places;
	}

	private static <P> List<OpenMentee<P>> open(List<MenteeCandidates<P>> given, Map<String, Integer> places,
			Set<Pairing> excluded) {
		List<OpenMentee<P>> mentees = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (MenteeCandidates<P> mentee : given) {
			if (!seen.add(mentee.menteeId())) {
				throw new IllegalArgumentException("mentee " + mentee.menteeId() + " is in the cohort twice");
			}
			if (!mentee.wantsToLearn() && !mentee.candidates().isEmpty()) {
				throw new IllegalArgumentException(
						"mentee " + mentee.menteeId() + " wants to learn nothing but has candidates");
			}
			mentee.removedByRule().forEach((rule, count) -> {
				if (count < 0) {
					throw new IllegalArgumentException(
							"mentee " + mentee.menteeId() + " has " + count + " mentors removed by " + rule);
				}
			});
			Set<String> mentors = new HashSet<>();
			List<Candidate<P>> open = new ArrayList<>();
			int excludedByCoordinator = 0;
			for (Candidate<P> candidate : mentee.candidates()) {
				check(mentee.menteeId(), candidate, places);
				if (!mentors.add(candidate.mentorId())) {
					throw new IllegalArgumentException("mentor " + candidate.mentorId() + " is a candidate of mentee "
							+ mentee.menteeId() + " twice");
				}
				if (excluded.contains(new Pairing(candidate.mentorId(), mentee.menteeId()))) {
					excludedByCoordinator++;
				}
				else {
					open.add(candidate);
				}
			}
			open.sort(BEST_FIRST);
			mentees.add(new OpenMentee<>(mentee, open, excludedByCoordinator));
		}
		mentees.sort(Comparator.comparing(OpenMentee::id));
		return mentees;
	}

	private static void check(String mentee, Candidate<?> candidate, Map<String, Integer> places) {
		if (!places.containsKey(candidate.mentorId())) {
			throw new IllegalArgumentException("mentor " + candidate.mentorId() + ", a candidate of mentee " + mentee
					+ ", has no free places given");
		}
		// Written as a negated range so that NaN fails it too.
		if (!(candidate.score() > 0 && candidate.score() <= MAX_SCORE)) {
			throw new IllegalArgumentException("the pair of mentor " + candidate.mentorId() + " and mentee " + mentee
					+ " scores " + candidate.score() + "; a candidate scores above 0 and at most " + MAX_SCORE);
		}
	}

	private static <P> Map<String, PlannedPair<P>> keepLocks(List<Pairing> locks, List<OpenMentee<P>> mentees,
			Set<Pairing> excluded, Map<String, Integer> places) {
		Map<String, OpenMentee<P>> byId = mentees.stream()
			.collect(Collectors.toMap(OpenMentee::id, (mentee) -> mentee));
		Map<String, PlannedPair<P>> kept = new LinkedHashMap<>();
		Map<String, Integer> lockOfMentee = new HashMap<>();
		Map<String, List<String>> lockedWithMentor = new HashMap<>();
		Set<Pairing> seen = new HashSet<>();
		List<Problem> problems = new ArrayList<>();
		for (int i = 0; i < locks.size(); i++) {
			Pairing lock = locks.get(i);
			if (!seen.add(lock)) {
				// The same lock twice is one lock: re-sending a request must not fail.
				continue;
			}
			String path = "lock[" + i + "]";
			OpenMentee<P> mentee = byId.get(lock.menteeId());
			Candidate<P> candidate = (mentee != null) ? mentee.candidate(lock.mentorId()) : null;
			List<String> others = lockedWithMentor.getOrDefault(lock.mentorId(), List.of());
			String refusal = null;
			if (mentee == null) {
				refusal = "mentee " + lock.menteeId()
						+ " is not in the programme's cohort; enrol them or drop the lock";
			}
			else if (excluded.contains(lock)) {
				refusal = "the pair is excluded as well as locked; keep one of the two";
			}
			else if (lockOfMentee.containsKey(lock.menteeId())) {
				int other = lockOfMentee.get(lock.menteeId());
				refusal = "mentee " + lock.menteeId() + " is already locked with mentor " + locks.get(other).mentorId()
						+ " (lock[" + other + "]); a mentee has one mentor in a plan, so keep one of the locks";
			}
			else if (candidate == null) {
				refusal = "mentor " + lock.mentorId() + " is not a candidate for mentee " + lock.menteeId()
						+ ": they teach nothing the mentee wants to learn, or the programme's rules exclude the pair";
			}
			else if (places.get(lock.mentorId()) <= 0) {
				refusal = "mentor " + lock.mentorId() + " has no free place left"
						+ (others.isEmpty() ? "" : " (" + others.size() + " taken by the locks with mentee "
								+ String.join(", ", others) + ")")
						+ "; unlock a pair of this mentor or ask them to raise their capacity";
			}
			if (refusal != null) {
				problems.add(new Problem(path, "Cannot keep the locked pair of " + lock + ": " + refusal + "."));
				continue;
			}
			lockOfMentee.put(lock.menteeId(), i);
			lockedWithMentor.computeIfAbsent(lock.mentorId(), (mentor) -> new ArrayList<>()).add(lock.menteeId());
			places.merge(lock.mentorId(), -1, Integer::sum);
			kept.put(lock.menteeId(),
					new PlannedPair<>(lock.mentorId(), lock.menteeId(), candidate.score(), candidate.payload(), true));
		}
		if (!problems.isEmpty()) {
			throw new BadRequestException(problems.stream().map(Problem::message).collect(Collectors.joining(" ")),
					problems);
		}
		return kept;
	}

	private static <P> Chosen<P> choose(List<OpenMentee<P>> mentees, Map<String, PlannedPair<P>> locked,
			Map<String, Integer> places) {
		// Only mentees who could still get someone go into the flow; the rest are out
		// whatever it decides.
		List<OpenMentee<P>> free = mentees.stream()
			.filter((mentee) -> !locked.containsKey(mentee.id()))
			.filter((mentee) -> mentee.open().stream().anyMatch((candidate) -> places.get(candidate.mentorId()) > 0))
			.toList();
		if (free.isEmpty()) {
			return new Chosen<>(Map.of(), true);
		}
		Map<String, Integer> mentorIndex = new TreeMap<>();
		free.forEach((mentee) -> mentee.open().forEach((candidate) -> mentorIndex.put(candidate.mentorId(), 0)));
		int[] mentorPlaces = new int[mentorIndex.size()];
		int next = 0;
		for (Map.Entry<String, Integer> mentor : mentorIndex.entrySet()) {
			mentorPlaces[next] = places.get(mentor.getKey());
			mentor.setValue(next++);
		}
		int[][] mentors = new int[free.size()][];
		long[][] units = new long[free.size()][];
		for (int i = 0; i < free.size(); i++) {
			List<Candidate<P>> open = free.get(i).open();
			mentors[i] = open.stream().mapToInt((candidate) -> mentorIndex.get(candidate.mentorId())).toArray();
			units[i] = open.stream().mapToLong((candidate) -> units(candidate.score())).toArray();
		}

		AssignmentFlow.Solution solution = AssignmentFlow.solve(mentors, units, mentorPlaces);

		Map<String, PlannedPair<P>> pairs = new HashMap<>();
		for (int i = 0; i < free.size(); i++) {
			int chosen = solution.chosen()[i];
			if (chosen >= 0) {
				OpenMentee<P> mentee = free.get(i);
				Candidate<P> candidate = mentee.open().get(chosen);
				pairs.put(mentee.id(), new PlannedPair<>(candidate.mentorId(), mentee.id(), candidate.score(),
						candidate.payload(), false));
			}
		}
		return new Chosen<>(pairs, solution.optimal());
	}

	/**
	 * A mentee with the candidates left after the coordinator's exclusions, best first.
	 */
	private record OpenMentee<P>(MenteeCandidates<P> given, List<Candidate<P>> open, int excludedByCoordinator) {

		String id() {
			return this.given.menteeId();
		}

		Candidate<P> candidate(String mentorId) {
			return this.open.stream()
				.filter((candidate) -> candidate.mentorId().equals(mentorId))
				.findFirst()
				.orElse(null);
		}

		Unmatched unmatched() {
			Map<PairRule, Integer> removed = new EnumMap<>(PairRule.class);
			this.given.removedByRule().forEach((rule, count) -> removed.merge(rule, count, Integer::sum));
			removed.merge(PairRule.EXCLUDED_BY_COORDINATOR, this.excludedByCoordinator, Integer::sum);
			removed.values().removeIf((count) -> count == 0);
			UnmatchedReason reason;
			if (!this.given.wantsToLearn()) {
				reason = UnmatchedReason.WANTS_NOTHING;
			}
			else if (!this.open.isEmpty()) {
				// With places left at any candidate, the plan would have been better
				// with the mentee in it (every pair scores above leaving them out), so
				// the places are all taken.
				reason = UnmatchedReason.CANDIDATES_FULL;
			}
			else if (!removed.isEmpty()) {
				reason = UnmatchedReason.EXCLUDED_BY_RULES;
			}
			else {
				reason = UnmatchedReason.NO_TEACHER_IN_POOL;
			}
			return new Unmatched(id(), reason, this.open.size(), removed);
		}

	}

	private record Chosen<P>(Map<String, PlannedPair<P>> pairs, boolean optimal) {
	}

}
