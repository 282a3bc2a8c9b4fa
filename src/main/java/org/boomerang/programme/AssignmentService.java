package org.boomerang.programme;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.boomerang.api.NotFoundException;
import org.boomerang.api.Problem;
import org.boomerang.audit.Auditor;
import org.boomerang.importing.ImportRejectedException;
import org.boomerang.importing.ImportService;
import org.boomerang.mentoring.Mentorship;
import org.boomerang.mentoring.Mentorships;
import org.boomerang.model.MentoringDirection;
import org.boomerang.model.MentorshipOrigin;
import org.boomerang.security.Caller;
import org.boomerang.security.Reader;
import org.boomerang.skill.Skill;
import org.boomerang.skill.SkillRepository;
import org.boomerang.teaching.PairScoring;
import org.boomerang.teaching.PairScoring.PairScore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Service;

/**
 * Proposes and publishes a programme's cohort assignment. Each mentee's candidates are
 * the pool's mentors scored by the {@code whoCanTeach} ranking ({@link PairScoring}),
 * filtered by the programme's rules and cut to the best few; {@link CohortAssignment}
 * solves the many-to-one assignment exactly. Publishing writes the pairs as ASSIGNED
 * mentorships through the import, whose capacity check locks each mentor.
 */
@Service
class AssignmentService {

	private static final Logger log = LoggerFactory.getLogger(AssignmentService.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ProgrammeRepository repository;

	private final ProgrammeAccess access;

	private final PairScoring scoring;

	private final SkillRepository skills;

	private final ImportService imports;

	private final Mentorships mentorships;

	private final Auditor auditor;

	private final ProgrammeProperties properties;

	AssignmentService(ProgrammeRepository repository, ProgrammeAccess access, PairScoring scoring,
			SkillRepository skills, ImportService imports, Mentorships mentorships, Auditor auditor,
			ProgrammeProperties properties) {
		this.repository = repository;
		this.access = access;
		this.scoring = scoring;
		this.skills = skills;
		this.imports = imports;
		this.mentorships = mentorships;
		this.auditor = auditor;
		this.properties = properties;
	}

	AssignmentPlan propose(String programmeId, List<PairInput> lock, List<PairInput> exclude, Caller caller,
			Reader reader) {
		Programme programme = this.access.requireRunning(caller, programmeId, "proposeAssignment");
		List<Pairing> locks = pairings(lock);
		List<Pairing> excludes = pairings(exclude);
		checkPool(programme, locks, "lock");
		checkPool(programme, excludes, "exclude");
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		long started = System.nanoTime();
		ProgrammeRepository.Facts facts = this.repository.facts(programme.id(), today);
		long read = System.nanoTime();
		Map<String, Integer> places = new HashMap<>();
		Map<String, ProgrammeRepository.MentorFacts> pool = new LinkedHashMap<>();
		for (ProgrammeRepository.MentorFacts mentor : facts.mentors()) {
			pool.put(mentor.id(), mentor);
			int free = Math.min(mentor.capacity() - mentor.active(),
					facts.rules().maxMenteesPerMentor() - mentor.inProgramme());
			places.put(mentor.id(), Math.max(0, free));
		}
		Set<String> wanted = new HashSet<>();
		facts.mentees().forEach((m) -> wanted.addAll(m.wants()));
		Map<String, Skill> skillsById = this.skills.byIds(wanted);
		PairScoring.MentorPool mentorPool = this.scoring.pool(pool.keySet());
		long pooled = System.nanoTime();
		// Mentees are scored independently against one fixed pool: on all cores.
		List<MenteeCandidates<PairScore>> cohort = facts.mentees()
			.parallelStream()
			.map((mentee) -> candidates(mentee, facts, pool, mentorPool, skillsById, locks, reader))
			.toList();
		long scored = System.nanoTime();
		CohortPlan<PairScore> solved = CohortAssignment.solve(new AssignmentProblem<>(cohort, places, locks, excludes));
		long flowed = System.nanoTime();
		List<AssignmentPlan.Pair> pairs = solved.pairs()
			.stream()
			.map((p) -> new AssignmentPlan.Pair(p.mentorId(), p.menteeId(), p.payload().skillIds(), p.score(),
					p.payload().direction(), p.payload().reasons(), p.locked()))
			.toList();
		List<AssignmentPlan.Left> unmatched = solved.unmatched()
			.stream()
			.map((u) -> new AssignmentPlan.Left(u.menteeId(), u.explanation()))
			.toList();
		String id = "plan:" + UUID.randomUUID();
		AssignmentPlan plan = new AssignmentPlan(id, programme.id(), pairs, unmatched, solved.totalScore(),
				solved.optimal(), null, null);
		this.repository.savePlan(programme.id(), plan, this.auditor.entry("proposeAssignment"));
		log.info(
				"Proposed {} for {}: {} mentees, {} mentors, {} pairs; read {} ms, pool {} ms, candidates found and"
						+ " scored {} ms ({}), flow {} ms, kept {} ms",
				id, programme.id(), facts.mentees().size(), facts.mentors().size(), pairs.size(), millis(started, read),
				millis(read, pooled), millis(pooled, scored),
				(mentorPool.indexed() != null) ? "teacher index" : "ranking query", millis(scored, flowed),
				millis(flowed, System.nanoTime()));
		return this.repository.plans(List.of(id)).get(id).plan();
	}

	private static long millis(long from, long to) {
		return (to - from) / 1_000_000;
	}

	/**
	 * One mentee's candidates: the pool scored by the whoCanTeach ranking, without the
	 * mentors the programme's rules rule out (counted per rule), the best
	 * {@code candidatesPerMentee} kept, and any mentor the coordinator locked with them.
	 */
	private MenteeCandidates<PairScore> candidates(ProgrammeRepository.MenteeFacts mentee,
			ProgrammeRepository.Facts facts, Map<String, ProgrammeRepository.MentorFacts> pool,
			PairScoring.MentorPool mentorPool, Map<String, Skill> skillsById, List<Pairing> locks, Reader reader) {
		Map<PairRule, Integer> removed = new EnumMap<>(PairRule.class);
		if (mentee.wants().isEmpty()) {
			return new MenteeCandidates<>(mentee.id(), false, List.of(), removed);
		}
		Map<String, String> wanted = new LinkedHashMap<>();
		mentee.wants().forEach((skill) -> {
			Skill known = skillsById.get(skill);
			wanted.put(skill, (known != null) ? known.name() : skill);
		});
		Set<String> lockedMentors = new HashSet<>();
		locks.stream().filter((l) -> l.menteeId().equals(mentee.id())).forEach((l) -> lockedMentors.add(l.mentorId()));
		List<Candidate<PairScore>> kept = new ArrayList<>();
		int limit = this.properties.candidatesPerMentee();
		for (PairScoring.Scored scored : this.scoring.score(mentee.id(), wanted, mentorPool, reader)) {
			PairRule broken = broken(facts, mentee, pool.get(scored.mentorId()), scored.direction());
			if (broken != null) {
				removed.merge(broken, 1, Integer::sum);
			}
			else if (kept.size() < limit || lockedMentors.contains(scored.mentorId())) {
				double score = Math.min(CohortAssignment.MAX_SCORE, Math.max(scored.score(), 1e-6));
				kept.add(new Candidate<>(scored.mentorId(), score, scored.details()));
			}
		}
		return new MenteeCandidates<>(mentee.id(), true, kept, removed);
	}

	/** The first of the programme's rules the pair breaks, or null. */
	private static PairRule broken(ProgrammeRepository.Facts facts, ProgrammeRepository.MenteeFacts mentee,
			ProgrammeRepository.MentorFacts mentor, MentoringDirection direction) {
		if (direction != null && !facts.kind().admits(direction)) {
			return PairRule.KIND;
		}
		if (facts.rules().crossProfession() && mentor.professions().stream().anyMatch(mentee.professions()::contains)) {
			return PairRule.CROSS_PROFESSION;
		}
		if (facts.rules().crossInstitution()
				&& mentor.institutions().stream().anyMatch(mentee.institutions()::contains)) {
			return PairRule.CROSS_INSTITUTION;
		}
		return null;
	}

	/**
	 * Publishes a plan: ASSIGNED mentorships in the programme, all or none. The import
	 * locks each mentor before counting their active mentorships, so requests accepted at
	 * the same time cannot take a place twice; the mentorships' ids come from the plan,
	 * so publishing again states the same ones and creates nothing.
	 */
	List<Mentorship> publish(String planId, Caller caller) {
		ProgrammeRepository.StoredPlan stored = this.repository.plans(List.of(planId)).get(planId);
		if (stored == null) {
			throw new NotFoundException("publishAssignment: there is no assignment plan '" + planId
					+ "' (a newer proposal replaces a pending plan); proposeAssignment makes one");
		}
		AssignmentPlan plan = stored.plan();
		this.access.requireRunning(caller, plan.programmeId(), "publishAssignment");
		List<String> ids = plan.mentorshipIds();
		if (plan.publishedAt() == null) {
			if (!plan.pairs().isEmpty()) {
				write(plan);
			}
			this.repository.markPublished(plan.id(), (caller != null) ? caller.subject() : Auditor.SYSTEM);
		}
		Map<String, Mentorship> found = this.mentorships.byIds(ids, Reader.everything());
		return ids.stream().map(found::get).filter((m) -> m != null).toList();
	}

	private void write(AssignmentPlan plan) {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		Programme programme = this.repository.byIds(List.of(plan.programmeId())).get(plan.programmeId());
		Map<String, Integer> held = this.repository.programmeLoad(plan.programmeId(),
				plan.pairs().stream().map(AssignmentPlan.Pair::mentorId).distinct().toList(), plan.mentorshipIds(),
				today);
		Map<String, Integer> planned = new HashMap<>();
		List<Problem> problems = new ArrayList<>();
		for (int i = 0; i < plan.pairs().size(); i++) {
			AssignmentPlan.Pair pair = plan.pairs().get(i);
			int load = held.getOrDefault(pair.mentorId(), 0) + planned.merge(pair.mentorId(), 1, Integer::sum);
			if (load > programme.rules().maxMenteesPerMentor()) {
				problems.add(new Problem("pairs[" + i + "]",
						"mentor " + pair.mentorId() + " would have " + load
								+ " mentees in the programme, above its most mentees per mentor ("
								+ programme.rules().maxMenteesPerMentor() + "); propose again"));
			}
		}
		if (!problems.isEmpty()) {
			throw ProgrammeService.refused("publishAssignment", problems);
		}
		LocalDate day = this.repository.publishDay(plan.id(), today);
		ObjectNode document = JSON.createObjectNode();
		document.put("format", "boomerang-import/1");
		ArrayNode rows = document.putArray("mentorships");
		for (int i = 0; i < plan.pairs().size(); i++) {
			AssignmentPlan.Pair pair = plan.pairs().get(i);
			ObjectNode row = rows.addObject();
			row.put("id", plan.mentorshipId(i));
			row.put("mentor", pair.mentorId());
			row.put("mentee", pair.menteeId());
			ArrayNode skills = row.putArray("skills");
			pair.skillIds().forEach(skills::add);
			row.put("startedOn", day.toString());
			row.put("origin", MentorshipOrigin.ASSIGNED.name());
			row.put("program", plan.programmeId());
		}
		try {
			this.imports.importDocument(document, "publishAssignment");
		}
		catch (ImportRejectedException ex) {
			throw ProgrammeService.refused("publishAssignment", ex.problems()
				.stream()
				.map((p) -> new Problem(p.path().replace("$.mentorships[", "pairs["), p.message() + "; propose again"))
				.toList());
		}
	}

	private static List<Pairing> pairings(List<PairInput> given) {
		return (given != null) ? given.stream().map(PairInput::pairing).toList() : List.of();
	}

	/**
	 * Locked and excluded mentors must be in the pool (mentees are checked by the
	 * solver).
	 */
	private static void checkPool(Programme programme, List<Pairing> pairs, String argument) {
		List<Problem> problems = new ArrayList<>();
		for (int i = 0; i < pairs.size(); i++) {
			if (!programme.mentorIds().contains(pairs.get(i).mentorId())) {
				problems.add(new Problem(argument + "[" + i + "].mentor", "'" + pairs.get(i).mentorId()
						+ "' is not in the mentor pool of programme '" + programme.id() + "'; enrol them as MENTOR"));
			}
		}
		if (!problems.isEmpty()) {
			throw ProgrammeService.refused("proposeAssignment", problems);
		}
	}

}
