package org.boomerang.teaching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.boomerang.skill.search.SkillMatch;

import org.springframework.stereotype.Component;

/**
 * Everyone who can teach, held in memory and ranked there: the same rules and the same
 * score as {@code queries/teaching/rank-teachers.cypher}, without walking the graph for
 * every candidate.
 * <p>
 * Why: a broad topic on a graph of 100,000 people has thousands of candidate teachers,
 * and the query reads each one's affiliations, professions, mentorships and transfers
 * (tens of thousands of records per request, over a second). Here a candidate costs a few
 * array reads. The index is derived state, like the skill search index: built from the
 * graph, updated after each write through this instance and polled for other writes (see
 * {@link TeacherIndexSync}); until it is ready, the query ranks instead.
 * <p>
 * Layout: every person has a stable slot; each skill has an array of packed
 * {@code slot << 3 | level} entries for the people who can teach it. Writers (one at a
 * time) copy what they change and publish a new {@link Snapshot}; readers rank against
 * the snapshot they started with.
 */
@Component
class TeacherIndex {

	private final Map<String, Integer> slots = new ConcurrentHashMap<>();

	private final Map<String, Integer> skillCodes = new ConcurrentHashMap<>();

	private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

	private volatile Snapshot snapshot = new Snapshot(new Teacher[0], new long[0][], 0, Map.of());

	/**
	 * @return how many people the index holds
	 */
	int size() {
		return this.snapshot.people;
	}

	/**
	 * The person the index holds for an id.
	 * @param id a person id
	 * @return the row, or null
	 */
	TeacherSource.Row get(String id) {
		Teacher teacher = teacher(this.snapshot, id);
		return (teacher != null) ? teacher.row : null;
	}

	/**
	 * Replaces everything the index holds.
	 */
	synchronized void replaceAll(Collection<TeacherSource.Row> rows, Map<String, String> placeNames) {
		Snapshot empty = new Snapshot(new Teacher[this.slots.size()], new long[this.skillCodes.size()][], 0,
				placeNames);
		this.snapshot = change(empty, rows, List.of(), placeNames);
	}

	/**
	 * Puts people in (new or reloaded) and takes people out.
	 */
	synchronized void apply(Collection<TeacherSource.Row> rows, Collection<String> removed) {
		this.snapshot = change(this.snapshot, rows, removed, this.snapshot.placeNames);
	}

	synchronized void placeNames(Map<String, String> names) {
		Snapshot s = this.snapshot;
		if (!s.placeNames.equals(names)) {
			this.snapshot = new Snapshot(s.bySlot, s.holders, s.people, Map.copyOf(names));
		}
	}

	private Snapshot change(Snapshot base, Collection<TeacherSource.Row> rows, Collection<String> removed,
			Map<String, String> placeNames) {
		for (TeacherSource.Row row : rows) {
			this.slots.computeIfAbsent(row.id(), (id) -> this.slots.size());
		}
		Teacher[] people = Arrays.copyOf(base.bySlot, Math.max(base.bySlot.length, this.slots.size()));
		int count = base.people;
		Set<Integer> changedSlots = new HashSet<>();
		Set<Integer> touchedSkills = new HashSet<>();
		for (String id : removed) {
			Integer slot = this.slots.get(id);
			if (slot != null && slot < people.length && people[slot] != null) {
				forEach(people[slot].teachCodes, touchedSkills);
				people[slot] = null;
				changedSlots.add(slot);
				count--;
			}
		}
		Map<Integer, List<Long>> added = new HashMap<>();
		for (TeacherSource.Row row : rows) {
			int slot = this.slots.get(row.id());
			Teacher old = people[slot];
			if (old != null) {
				forEach(old.teachCodes, touchedSkills);
			}
			else {
				count++;
			}
			Teacher teacher = new Teacher(slot, row, codes(row.teachSkills()), codes(row.taughtSkills()));
			people[slot] = teacher;
			changedSlots.add(slot);
			for (int i = 0; i < teacher.teachCodes.length; i++) {
				touchedSkills.add(teacher.teachCodes[i]);
				added.computeIfAbsent(teacher.teachCodes[i], (c) -> new ArrayList<>())
					.add(((long) slot << 3) | row.teachLevels()[i]);
			}
		}
		long[][] holders = Arrays.copyOf(base.holders, Math.max(base.holders.length, this.skillCodes.size()));
		for (int code : touchedSkills) {
			long[] before = (holders[code] != null) ? holders[code] : new long[0];
			List<Long> extra = added.getOrDefault(code, List.of());
			long[] after = new long[before.length + extra.size()];
			int n = 0;
			for (long entry : before) {
				if (!changedSlots.contains((int) (entry >>> 3))) {
					after[n++] = entry;
				}
			}
			for (long entry : extra) {
				after[n++] = entry;
			}
			holders[code] = (n == after.length) ? after : Arrays.copyOf(after, n);
		}
		return new Snapshot(people, holders, count, placeNames);
	}

	private static void forEach(int[] codes, Set<Integer> into) {
		for (int code : codes) {
			into.add(code);
		}
	}

	private int[] codes(String[] skillIds) {
		int[] codes = new int[skillIds.length];
		for (int i = 0; i < codes.length; i++) {
			codes[i] = this.skillCodes.computeIfAbsent(skillIds[i], (id) -> this.skillCodes.size());
		}
		return codes;
	}

	private Teacher teacher(Snapshot s, String id) {
		Integer slot = this.slots.get(id);
		return (slot != null && slot < s.bySlot.length) ? s.bySlot[slot] : null;
	}

	/**
	 * Ranks the people who can teach the resolved skills, exactly as the ranking query
	 * does, and returns one page.
	 */
	TeacherRanker.Page rank(List<SkillMatch> skills, String askerId, TeacherFilter filter, int skip, int limit) {
		Snapshot s = this.snapshot;
		int today = TeacherSource.today();
		Teacher asker = null;
		if (askerId != null) {
			asker = teacher(s, askerId);
			if (asker == null) {
				return new TeacherRanker.Page(false, null, 0, List.of());
			}
		}
		Request request = new Request(s, this.scratch.get(), asker, filter, today);
		int[] resolvedCodes = new int[skills.size()];
		for (int i = 0; i < skills.size(); i++) {
			Integer code = this.skillCodes.get(skills.get(i).skillId());
			resolvedCodes[i] = (code != null) ? code : -1;
			if (code != null) {
				request.scratch.want(code, skills.get(i).weight(), request.generation);
			}
		}
		for (int i = 0; i < skills.size(); i++) {
			int code = resolvedCodes[i];
			if (code < 0 || code >= s.holders.length || s.holders[code] == null) {
				continue;
			}
			double weight = skills.get(i).weight();
			for (long entry : s.holders[code]) {
				int level = (int) (entry & 7);
				if (level >= request.minLevel) {
					request.offer((int) (entry >>> 3), weight * level / 5.0);
				}
			}
		}
		int[] order = request.score(skip + limit);
		List<TeacherRanker.Ranked> page = new ArrayList<>();
		for (int i = skip; i < Math.min(order.length, skip + limit); i++) {
			page.add(request.ranked(order[i], skills, resolvedCodes));
		}
		return new TeacherRanker.Page(true, (asker != null) ? asker.row.careerStage() : null, request.count, page);
	}

	/**
	 * One person in the index.
	 */
	static final class Teacher {

		final int slot;

		final TeacherSource.Row row;

		final int[] teachCodes;

		final int[] taughtCodes;

		Teacher(int slot, TeacherSource.Row row, int[] teachCodes, int[] taughtCodes) {
			this.slot = slot;
			this.row = row;
			this.teachCodes = teachCodes;
			this.taughtCodes = taughtCodes;
		}

		int active(int today) {
			int[] until = this.row.mentoringUntil();
			int first = Arrays.binarySearch(until, today);
			if (first < 0) {
				first = -first - 1;
			}
			else {
				while (first > 0 && until[first - 1] == today) {
					first--;
				}
			}
			return until.length - first;
		}

		boolean current(int affiliation, int today) {
			return this.row.institutionUntil()[affiliation] >= today;
		}

	}

	/**
	 * What readers rank against: people by slot, teachers by skill code, and the names of
	 * institutions and professions.
	 */
	record Snapshot(Teacher[] bySlot, long[][] holders, int people, Map<String, String> placeNames) {
	}

	/**
	 * Per-thread working arrays, reused between requests and told apart by a generation
	 * number, so a request allocates nothing per person.
	 */
	static final class Scratch {

		int generation;

		int[] seen = new int[0];

		int[] candidate = new int[0];

		int[] wanted = new int[0];

		double[] weight = new double[0];

		int[] slots = new int[64];

		double[] best = new double[64];

		double[] sum = new double[64];

		double[] score = new double[64];

		int next(int people, int skills) {
			if (this.seen.length < people) {
				this.seen = new int[people + people / 4 + 16];
				this.candidate = new int[this.seen.length];
			}
			if (this.wanted.length < skills) {
				this.wanted = new int[skills + skills / 4 + 16];
				this.weight = new double[this.wanted.length];
			}
			if (++this.generation == Integer.MAX_VALUE) {
				Arrays.fill(this.seen, 0);
				Arrays.fill(this.wanted, 0);
				this.generation = 1;
			}
			return this.generation;
		}

		void want(int code, double weight, int generation) {
			this.wanted[code] = generation;
			this.weight[code] = weight;
		}

		int add(int count, int slot) {
			if (count == this.slots.length) {
				int size = count * 2;
				this.slots = Arrays.copyOf(this.slots, size);
				this.best = Arrays.copyOf(this.best, size);
				this.sum = Arrays.copyOf(this.sum, size);
				this.score = Arrays.copyOf(this.score, size);
			}
			this.slots[count] = slot;
			this.best[count] = 0.0;
			this.sum[count] = 0.0;
			return count;
		}

	}

	/**
	 * One ranking: the asker's context, the filters, and the candidates found so far.
	 */
	private static final class Request {

		final Snapshot snapshot;

		final Scratch scratch;

		final int generation;

		final Teacher asker;

		final TeacherFilter filter;

		final int today;

		final int minLevel;

		final Set<String> askerInstitutions = new HashSet<>();

		final Set<String> askerProfessions = new HashSet<>();

		int count;

		Request(Snapshot snapshot, Scratch scratch, Teacher asker, TeacherFilter filter, int today) {
			this.snapshot = snapshot;
			this.scratch = scratch;
			this.generation = scratch.next(snapshot.bySlot.length, snapshot.holders.length);
			this.asker = asker;
			this.filter = filter;
			this.today = today;
			this.minLevel = filter.level();
			if (asker != null) {
				for (int i = 0; i < asker.row.institutions().length; i++) {
					if (asker.current(i, today)) {
						this.askerInstitutions.add(asker.row.institutions()[i]);
					}
				}
				this.askerProfessions.addAll(Arrays.asList(asker.row.professions()));
			}
		}

		void offer(int slot, double fit) {
			Scratch sc = this.scratch;
			int k;
			if (sc.seen[slot] == this.generation) {
				k = sc.candidate[slot];
				if (k < 0) {
					return;
				}
			}
			else {
				sc.seen[slot] = this.generation;
				Teacher teacher = this.snapshot.bySlot[slot];
				k = admits(teacher) ? sc.add(this.count++, slot) : -1;
				sc.candidate[slot] = k;
				if (k < 0) {
					return;
				}
			}
			if (fit > sc.best[k]) {
				sc.best[k] = fit;
			}
			sc.sum[k] += fit;
		}

		private boolean admits(Teacher t) {
			if (t == null || t == this.asker || "PRIVATE".equals(t.row.visibility())) {
				return false;
			}
			if (this.filter.reverse() && (this.asker.row.careerStage() == null
					|| t.row.careerStage().ordinal() >= this.asker.row.careerStage().ordinal())) {
				return false;
			}
			boolean inInstitution = this.filter.institution() == null;
			boolean shares = false;
			for (int i = 0; i < t.row.institutions().length; i++) {
				if (t.current(i, this.today)) {
					String id = t.row.institutions()[i];
					inInstitution |= id.equals(this.filter.institution());
					shares |= this.askerInstitutions.contains(id);
				}
			}
			if (!inInstitution) {
				return false;
			}
			boolean inProfession = this.filter.profession() == null;
			boolean sameProfession = false;
			for (String id : t.row.professions()) {
				inProfession |= id.equals(this.filter.profession());
				sameProfession |= this.askerProfessions.contains(id);
			}
			if (!inProfession || (this.filter.otherProfessions() && sameProfession)) {
				return false;
			}
			if (!"NETWORK".equals(t.row.visibility()) && !shares) {
				return false;
			}
			return this.filter.full() || t.active(this.today) < t.row.capacity();
		}

		/**
		 * Scores every candidate and picks the best.
		 * @param wanted how many of the best are needed
		 * @return the best candidates' positions, best first
		 */
		int[] score(int wanted) {
			Scratch sc = this.scratch;
			for (int k = 0; k < this.count; k++) {
				Teacher t = this.snapshot.bySlot[sc.slots[k]];
				double evidence = 0.0;
				for (int i = 0; i < t.taughtCodes.length; i++) {
					int code = t.taughtCodes[i];
					if (sc.wanted[code] == this.generation) {
						int outcome = t.row.taughtOutcomes()[i];
						int rating = outcome & 7;
						evidence += sc.weight[code] * Math.pow(0.5, (this.today - t.row.taughtDays()[i]) / 365.0)
								* (((outcome & 8) != 0) ? 1.5 : 1.0) * ((rating == 0) ? 0.8 : rating / 4.0);
					}
				}
				int active = t.active(this.today);
				int capacity = t.row.capacity();
				String direction = direction(t);
				sc.score[k] = sc.best[k] + 0.15 * (sc.sum[k] - sc.best[k]) + 0.35 * evidence / (evidence + 2.0)
						+ ((active >= capacity) ? -0.3 : 0.1 * (capacity - active) / (double) capacity)
						+ (sharesInstitution(t) ? 0.05 : 0.0) + ("REVERSE".equals(direction) ? 0.03 : 0.0);
			}
			return best(Math.min(wanted, this.count));
		}

		/** Ahead: a higher score, then the smaller id (the query's ORDER BY). */
		private boolean ahead(int a, int b) {
			double[] score = this.scratch.score;
			if (score[a] != score[b]) {
				return score[a] > score[b];
			}
			Teacher[] people = this.snapshot.bySlot;
			return people[this.scratch.slots[a]].row.id().compareTo(people[this.scratch.slots[b]].row.id()) < 0;
		}

		/**
		 * The best {@code n} candidates in order, through a heap of {@code n} whose root
		 * is the weakest kept: a broad topic has thousands of candidates and a page needs
		 * ten.
		 */
		private int[] best(int n) {
			int[] heap = new int[n];
			int size = 0;
			for (int k = 0; k < this.count && n > 0; k++) {
				if (size < n) {
					heap[size] = k;
					int i = size++;
					while (i > 0 && ahead(heap[(i - 1) / 2], heap[i])) {
						swap(heap, i, (i - 1) / 2);
						i = (i - 1) / 2;
					}
				}
				else if (ahead(k, heap[0])) {
					heap[0] = k;
					int i = 0;
					while (true) {
						int weakest = i;
						int left = 2 * i + 1;
						int right = left + 1;
						if (left < size && ahead(heap[weakest], heap[left])) {
							weakest = left;
						}
						if (right < size && ahead(heap[weakest], heap[right])) {
							weakest = right;
						}
						if (weakest == i) {
							break;
						}
						swap(heap, i, weakest);
						i = weakest;
					}
				}
			}
			Integer[] sorted = new Integer[size];
			for (int i = 0; i < size; i++) {
				sorted[i] = heap[i];
			}
			Arrays.sort(sorted, (a, b) -> (a.equals(b)) ? 0 : ahead(a, b) ? -1 : 1);
			return Arrays.stream(sorted).mapToInt(Integer::intValue).toArray();
		}

		private static void swap(int[] heap, int a, int b) {
			int x = heap[a];
			heap[a] = heap[b];
			heap[b] = x;
		}

		private boolean sharesInstitution(Teacher t) {
			if (this.askerInstitutions.isEmpty()) {
				return false;
			}
			for (int i = 0; i < t.row.institutions().length; i++) {
				if (t.current(i, this.today) && this.askerInstitutions.contains(t.row.institutions()[i])) {
					return true;
				}
			}
			return false;
		}

		private String direction(Teacher t) {
			if (this.asker == null || this.asker.row.careerStage() == null) {
				return null;
			}
			int theirs = t.row.careerStage().ordinal();
			int mine = this.asker.row.careerStage().ordinal();
			return (theirs < mine) ? "REVERSE" : (theirs == mine) ? "PEER" : "TRADITIONAL";
		}

		TeacherRanker.Ranked ranked(int k, List<SkillMatch> skills, int[] resolvedCodes) {
			Teacher t = this.snapshot.bySlot[this.scratch.slots[k]];
			TeacherSource.Row row = t.row;
			List<TeacherRanker.Held> held = new ArrayList<>();
			for (int i = 0; i < skills.size(); i++) {
				for (int j = 0; j < t.teachCodes.length; j++) {
					if (t.teachCodes[j] == resolvedCodes[i] && row.teachLevels()[j] >= this.minLevel) {
						SkillMatch match = skills.get(i);
						int level = row.teachLevels()[j];
						held.add(new TeacherRanker.Held(match.skillId(), match.name(), level, match.weight(),
								match.weight() * level / 5.0));
					}
				}
			}
			int taught = 0;
			int confirmed = 0;
			int rated = 0;
			int ratingSum = 0;
			int last = Integer.MIN_VALUE;
			for (int i = 0; i < t.taughtCodes.length; i++) {
				if (this.scratch.wanted[t.taughtCodes[i]] == this.generation) {
					int outcome = row.taughtOutcomes()[i];
					taught++;
					confirmed += ((outcome & 8) != 0) ? 1 : 0;
					if ((outcome & 7) != 0) {
						rated++;
						ratingSum += outcome & 7;
					}
					last = Math.max(last, row.taughtDays()[i]);
				}
			}
			Map<String, String> names = this.snapshot.placeNames;
			List<String> institutions = new ArrayList<>();
			List<String> shared = new ArrayList<>();
			for (int i = 0; i < row.institutions().length; i++) {
				if (t.current(i, this.today)) {
					String name = names.getOrDefault(row.institutions()[i], row.institutions()[i]);
					institutions.add(name);
					if (this.askerInstitutions.contains(row.institutions()[i])) {
						shared.add(name);
					}
				}
			}
			List<String> professions = Arrays.stream(row.professions())
				.map((id) -> names.getOrDefault(id, id))
				.toList();
			boolean otherProfession = !this.askerProfessions.isEmpty() && row.professions().length > 0
					&& Arrays.stream(row.professions()).noneMatch(this.askerProfessions::contains);
			return new TeacherRanker.Ranked(row.id(), row.name(), row.careerStage(), this.scratch.score[k],
					direction(t), t.active(this.today), row.capacity(), held, taught, confirmed,
					(rated > 0) ? (double) ratingSum / rated : null, (taught > 0) ? LocalDate.ofEpochDay(last) : null,
					shared, professions, institutions, otherProfession);
		}

	}

}
