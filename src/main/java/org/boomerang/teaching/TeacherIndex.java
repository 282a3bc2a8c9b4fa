package org.boomerang.teaching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * Why: a broad topic on a graph of 100,000 people has tens of thousands of candidate
 * teachers, and the query reads each one's affiliations, professions, mentorships and
 * transfers (over a second per request). The index is derived state, like the skill
 * search index: built from the graph, updated after each write through this instance and
 * polled for other writes (see {@link TeacherIndexSync}); until it is ready, the query
 * ranks instead.
 * <p>
 * Layout, chosen so that a candidate costs one or two memory reads rather than a walk
 * through objects:
 * <ul>
 * <li>every person has a stable slot; what the filters and the score need of a person
 * (career stage, visibility, capacity, active mentorships) is packed in one {@code long}
 * per slot;</li>
 * <li>each skill has parallel arrays of the slots and levels of the people who can teach
 * it, and of their teaching evidence for that skill, summed over their transfers and
 * discounted to a fixed reference day (the discount is exponential, so moving it to today
 * is one multiplication per request);</li>
 * <li>institutions and professions are small ints per person, read only when an asker or
 * a filter needs them;</li>
 * <li>the candidates of a topic (who holds its skills, with their fit and evidence) do
 * not depend on who asks: those of recent topics are kept until the next write (up to
 * {@code boomerang.teaching.candidate-cache} candidates in all), so the same topic asked
 * again only applies the asker, the filters and the day to arrays read in order.</li>
 * </ul>
 * Writers (one at a time) copy what they change and publish a new {@link Snapshot};
 * readers rank against the snapshot they started with.
 */
@Component
class TeacherIndex {

	/** The reference day of the stored evidence (any fixed day will do). */
	static final int REFERENCE_DAY = (int) LocalDate.of(2026, 1, 1).toEpochDay();

	/**
	 * Topics whose candidates are kept (about 3 MB each for the broadest at 100,000
	 * people).
	 */
	static final int CACHED_TOPICS = 32;

	/** Larger candidate sets are found again each time rather than kept. */
	static final int MAX_CACHED_CANDIDATES = 200_000;

	private static final int NETWORK = 0;

	private static final int INSTITUTION = 1;

	private static final int PRIVATE = 2;

	private final Map<String, Integer> slots = new ConcurrentHashMap<>();

	private final Map<String, Integer> skillCodes = new ConcurrentHashMap<>();

	private final Map<String, Integer> placeCodes = new ConcurrentHashMap<>();

	private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

	/** Candidates of recent topics, least recently used dropped first. */
	private final LinkedHashMap<List<Object>, Candidates> candidateCache = new LinkedHashMap<>(64, 0.75f, true);

	/** Candidates held in {@link #candidateCache}, over all its topics. */
	private long cachedCandidates;

	private final int candidateCacheLimit;

	TeacherIndex(TeachingProperties properties) {
		this.candidateCacheLimit = properties.candidateCache();
	}

	private volatile Snapshot snapshot = new Snapshot(new Teacher[0], new long[0], new long[0], new int[0][],
			new int[0][], new int[0][], new double[0][], 0, Map.of());

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
	TeacherRepository.Row get(String id) {
		Teacher teacher = teacher(this.snapshot, id);
		return (teacher != null) ? teacher.row : null;
	}

	/**
	 * Replaces everything the index holds.
	 */
	synchronized void replaceAll(Collection<TeacherRepository.Row> rows, Map<String, String> placeNames) {
		int people = this.slots.size();
		int skills = this.skillCodes.size();
		Snapshot empty = new Snapshot(new Teacher[people], new long[people], new long[people], new int[people][],
				new int[people][], new int[skills][], new double[skills][], 0, Map.copyOf(placeNames));
		publish(change(empty, rows, List.of()));
	}

	/**
	 * Puts people in (new or reloaded) and takes people out.
	 */
	synchronized void apply(Collection<TeacherRepository.Row> rows, Collection<String> removed) {
		publish(change(this.snapshot, rows, removed));
	}

	synchronized void placeNames(Map<String, String> names) {
		Snapshot s = this.snapshot;
		if (!s.placeNames.equals(names)) {
			publish(new Snapshot(s.bySlot, s.attributes, s.places, s.institutions, s.professions, s.holderSlots,
					s.holderEvidence, s.people, Map.copyOf(names)));
		}
	}

	/** Makes a snapshot the current one; candidates found in earlier ones are dropped. */
	private void publish(Snapshot next) {
		this.snapshot = next;
		synchronized (this.candidateCache) {
			this.candidateCache.clear();
			this.cachedCandidates = 0;
		}
	}

	private Snapshot change(Snapshot base, Collection<TeacherRepository.Row> rows, Collection<String> removed) {
		for (TeacherRepository.Row row : rows) {
			this.slots.computeIfAbsent(row.id(), (id) -> this.slots.size());
		}
		int size = Math.max(base.bySlot.length, this.slots.size());
		Teacher[] people = Arrays.copyOf(base.bySlot, size);
		long[] attributes = Arrays.copyOf(base.attributes, size);
		long[] packedPlaces = Arrays.copyOf(base.places, size);
		int[][] institutions = Arrays.copyOf(base.institutions, size);
		int[][] professions = Arrays.copyOf(base.professions, size);
		int count = base.people;
		int today = TeacherRepository.today();
		Set<Integer> changedSlots = new HashSet<>();
		Set<Integer> touchedSkills = new HashSet<>();
		for (String id : removed) {
			Integer slot = this.slots.get(id);
			if (slot != null && slot < size && people[slot] != null) {
				forEach(people[slot].teachCodes, touchedSkills);
				people[slot] = null;
				attributes[slot] = 0;
				packedPlaces[slot] = 0;
				institutions[slot] = null;
				professions[slot] = null;
				changedSlots.add(slot);
				count--;
			}
		}
		Map<Integer, List<Teacher>> added = new HashMap<>();
		for (TeacherRepository.Row row : rows) {
			int slot = this.slots.get(row.id());
			Teacher old = people[slot];
			if (old != null) {
				forEach(old.teachCodes, touchedSkills);
			}
			else {
				count++;
			}
			Teacher teacher = new Teacher(slot, row, codes(row.teachSkills(), this.skillCodes),
					codes(row.taughtSkills(), this.skillCodes));
			people[slot] = teacher;
			attributes[slot] = attributes(row, today);
			int[] places = new int[row.institutions().length * 2];
			int[] codes = codes(row.institutions(), this.placeCodes);
			for (int i = 0; i < codes.length; i++) {
				places[2 * i] = codes[i];
				places[2 * i + 1] = row.institutionUntil()[i];
			}
			institutions[slot] = places;
			packedPlaces[slot] = packPlaces(places, today);
			professions[slot] = codes(row.professions(), this.placeCodes);
			changedSlots.add(slot);
			for (int code : teacher.teachCodes) {
				touchedSkills.add(code);
				added.computeIfAbsent(code, (c) -> new ArrayList<>()).add(teacher);
			}
		}
		int skills = Math.max(base.holderSlots.length, this.skillCodes.size());
		int[][] holderSlots = Arrays.copyOf(base.holderSlots, skills);
		double[][] holderEvidence = Arrays.copyOf(base.holderEvidence, skills);
		for (int code : touchedSkills) {
			int[] slotsBefore = (holderSlots[code] != null) ? holderSlots[code] : new int[0];
			double[] evidenceBefore = (holderEvidence[code] != null) ? holderEvidence[code] : new double[0];
			List<Teacher> extra = added.getOrDefault(code, List.of());
			int[] slotsAfter = new int[slotsBefore.length + extra.size()];
			double[] evidenceAfter = new double[slotsAfter.length];
			int n = 0;
			for (int i = 0; i < slotsBefore.length; i++) {
				if (!changedSlots.contains(slotsBefore[i] >>> 3)) {
					slotsAfter[n] = slotsBefore[i];
					evidenceAfter[n++] = evidenceBefore[i];
				}
			}
			for (Teacher teacher : extra) {
				slotsAfter[n] = (teacher.slot << 3) | teacher.level(code);
				evidenceAfter[n++] = teacher.evidence(code);
			}
			holderSlots[code] = (n == slotsAfter.length) ? slotsAfter : Arrays.copyOf(slotsAfter, n);
			holderEvidence[code] = (n == evidenceAfter.length) ? evidenceAfter : Arrays.copyOf(evidenceAfter, n);
		}
		return new Snapshot(people, attributes, packedPlaces, institutions, professions, holderSlots, holderEvidence,
				count, base.placeNames);
	}

	/**
	 * Packs what a candidate's admission and score need: bits 0-3 the career stage + 1 (0
	 * unknown), 4-5 the visibility, 8-23 the capacity, 24-39 the active mentorships as
	 * mentor on {@code day}, 40-63 the last day that count holds for.
	 */
	private static long attributes(TeacherRepository.Row row, int day) {
		int stage = (row.careerStage() != null) ? row.careerStage().ordinal() + 1 : 0;
		int visibility = switch (row.visibility()) {
			case "PRIVATE" -> PRIVATE;
			case "INSTITUTION" -> INSTITUTION;
			default -> NETWORK;
		};
		int[] until = row.mentoringUntil();
		int first = firstAtOrAfter(until, day);
		int active = until.length - first;
		long validThrough = (first < until.length) ? Math.min(until[first], 0xFFFFFF) : 0xFFFFFF;
		return stage | (visibility << 4) | ((long) Math.min(Math.max(row.capacity(), 0), 0xFFFF) << 8)
				| ((long) Math.min(active, 0xFFFF) << 24) | (validThrough << 40);
	}

	/**
	 * Packs up to three current institutions (codes + 1 in bits 0-47, 16 bits each) and
	 * the last day they are all current and no other is (days after
	 * {@link #REFERENCE_DAY} in bits 48-62, 0x7FFF for open-ended), with bit 63 set; 0
	 * when they do not fit, and then readers use the (code, last day) pairs.
	 */
	static long packPlaces(int[] pairs, int day) {
		long packed = 0;
		int n = 0;
		long validThrough = 0x7FFF;
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i + 1] >= day) {
				if (n == 3 || pairs[i] >= 0xFFFF) {
					return 0;
				}
				packed |= (long) (pairs[i] + 1) << (16 * n++);
				if (pairs[i + 1] != TeacherRepository.OPEN) {
					validThrough = Math.min(validThrough, Math.max(0, pairs[i + 1] - REFERENCE_DAY));
				}
			}
		}
		return packed | (validThrough << 48) | Long.MIN_VALUE;
	}

	static int stage(long attributes) {
		return (int) (attributes & 15) - 1;
	}

	static int visibility(long attributes) {
		return (int) ((attributes >>> 4) & 3);
	}

	static int capacity(long attributes) {
		return (int) ((attributes >>> 8) & 0xFFFF);
	}

	/** The first position of a sorted array whose value is at least {@code day}. */
	static int firstAtOrAfter(int[] sorted, int day) {
		int low = 0;
		int high = sorted.length;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (sorted[mid] < day) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

	private static void forEach(int[] codes, Set<Integer> into) {
		for (int code : codes) {
			into.add(code);
		}
	}

	private static int[] codes(String[] ids, Map<String, Integer> dictionary) {
		int[] codes = new int[ids.length];
		for (int i = 0; i < codes.length; i++) {
			codes[i] = dictionary.computeIfAbsent(ids[i], (id) -> dictionary.size());
		}
		return codes;
	}

	private Teacher teacher(Snapshot s, String id) {
		Integer slot = this.slots.get(id);
		return (slot != null && slot < s.bySlot.length) ? s.bySlot[slot] : null;
	}

	private int code(Map<String, Integer> dictionary, String id) {
		if (id == null) {
			return -1;
		}
		Integer code = dictionary.get(id);
		// A place nobody is linked to matches nobody.
		return (code != null) ? code : Integer.MIN_VALUE;
	}

	/**
	 * Ranks the people who can teach the resolved skills, exactly as the ranking query
	 * does, and returns one page.
	 */
	TeacherRankingRepository.Page rank(List<SkillMatch> skills, String askerId, TeacherFilter filter, int skip,
			int limit) {
		Snapshot s = this.snapshot;
		Teacher asker = null;
		if (askerId != null) {
			asker = teacher(s, askerId);
			if (asker == null) {
				return new TeacherRankingRepository.Page(false, null, 0, List.of());
			}
		}
		int[] codes = new int[skills.size()];
		for (int i = 0; i < skills.size(); i++) {
			Integer code = this.skillCodes.get(skills.get(i).skillId());
			// A skill first seen after this snapshot has no teachers in it.
			codes[i] = (code != null && code < s.holderSlots.length) ? code : -1;
		}
		Candidates candidates = candidates(s, skills, codes, filter.level());
		Request request = new Request(s, candidates, this.scratch.get(), asker, filter, TeacherRepository.today(),
				code(this.placeCodes, filter.institution()), code(this.placeCodes, filter.profession()), codes);
		int[] order = request.rank(skip + limit);
		List<TeacherRankingRepository.Ranked> page = new ArrayList<>();
		for (int i = skip; i < order.length; i++) {
			page.add(request.ranked(order[i], skills, codes));
		}
		return new TeacherRankingRepository.Page(true, (asker != null) ? asker.row.careerStage() : null, request.count,
				page);
	}

	/**
	 * The candidates of a topic, kept for the snapshot they were found in: the same topic
	 * asked again (by anybody, with any filter) starts from them.
	 */
	private Candidates candidates(Snapshot s, List<SkillMatch> skills, int[] codes, int minLevel) {
		List<Object> key = new ArrayList<>(skills.size() * 2 + 1);
		for (SkillMatch match : skills) {
			key.add(match.skillId());
			key.add(match.weight());
		}
		key.add(minLevel);
		synchronized (this.candidateCache) {
			Candidates known = this.candidateCache.get(key);
			if (known != null && known.snapshot == s) {
				return known;
			}
		}
		Candidates found = Candidates.find(s, this.scratch.get(), skills, codes, minLevel);
		if (found.size <= this.candidateCacheLimit / 4) {
			synchronized (this.candidateCache) {
				if (s != this.snapshot) {
					// A write published a newer snapshot meanwhile: these are out of
					// date.
					return found;
				}
				Candidates replaced = this.candidateCache.put(key, found);
				this.cachedCandidates += found.size - ((replaced != null) ? replaced.size : 0);
				var eldest = this.candidateCache.entrySet().iterator();
				while (this.cachedCandidates > this.candidateCacheLimit && eldest.hasNext()) {
					Candidates dropped = eldest.next().getValue();
					if (dropped == found) {
						break;
					}
					this.cachedCandidates -= dropped.size;
					eldest.remove();
				}
			}
		}
		return found;
	}

	/**
	 * One person in the index.
	 */
	static final class Teacher {

		final int slot;

		final TeacherRepository.Row row;

		final int[] teachCodes;

		final int[] taughtCodes;

		Teacher(int slot, TeacherRepository.Row row, int[] teachCodes, int[] taughtCodes) {
			this.slot = slot;
			this.row = row;
			this.teachCodes = teachCodes;
			this.taughtCodes = taughtCodes;
		}

		int level(int code) {
			for (int i = 0; i < this.teachCodes.length; i++) {
				if (this.teachCodes[i] == code) {
					return this.row.teachLevels()[i];
				}
			}
			return 0;
		}

		/**
		 * The teaching evidence for one skill on {@link #REFERENCE_DAY}: per transfer,
		 * halved for every year before that day, x 1.5 when the learner confirmed, x
		 * rating / 4 (0.8 unrated).
		 */
		double evidence(int code) {
			double evidence = 0.0;
			for (int i = 0; i < this.taughtCodes.length; i++) {
				if (this.taughtCodes[i] == code) {
					int outcome = this.row.taughtOutcomes()[i];
					int rating = outcome & 7;
					evidence += Math.pow(0.5, (REFERENCE_DAY - this.row.taughtDays()[i]) / 365.0)
							* (((outcome & 8) != 0) ? 1.5 : 1.0) * ((rating == 0) ? 0.8 : rating / 4.0);
				}
			}
			return evidence;
		}

		int active(int today) {
			int[] until = this.row.mentoringUntil();
			return until.length - firstAtOrAfter(until, today);
		}

		boolean current(int affiliation, int today) {
			return this.row.institutionUntil()[affiliation] >= today;
		}

	}

	/**
	 * What readers rank against. Per slot: the person, the packed attributes, institution
	 * (code, last day) pairs and profession codes. Per skill code: packed
	 * {@code slot << 3 | level} of its teachers and their evidence for it.
	 */
	record Snapshot(Teacher[] bySlot, long[] attributes, long[] places, int[][] institutions, int[][] professions,
			int[][] holderSlots, double[][] holderEvidence, int people, Map<String, String> placeNames) {
	}

	/**
	 * The people who hold one of a topic's skills for teaching at the level asked, with
	 * what does not depend on who asks: their best and summed fit, their evidence
	 * (weighted, on the reference day), and copies of their packed attributes and
	 * institutions, so ranking them reads these arrays in order. People without a known
	 * stage and PRIVATE people are left out here; everything that depends on the asker,
	 * the filters or the day is decided per request.
	 */
	static final class Candidates {

		final Snapshot snapshot;

		int size;

		int[] slots = new int[256];

		double[] best = new double[256];

		double[] sum = new double[256];

		double[] evidence = new double[256];

		long[] attributes = new long[256];

		long[] places = new long[256];

		/** {@link #base} of every candidate on {@link #baseDay}. */
		double[] base;

		/**
		 * The answer without an asker or filters, kept once computed: the same for
		 * everybody who asks this topic plainly on that day.
		 */
		volatile Plain plain;

		int baseDay;

		private Candidates(Snapshot snapshot) {
			this.snapshot = snapshot;
		}

		static Candidates find(Snapshot s, Scratch scratch, List<SkillMatch> skills, int[] codes, int minLevel) {
			Candidates c = new Candidates(s);
			long generationBits = (long) scratch.next(s.bySlot.length, s.holderSlots.length) << 32;
			long[] seen = scratch.seen;
			for (int i = 0; i < codes.length; i++) {
				if (codes[i] < 0 || s.holderSlots[codes[i]] == null) {
					continue;
				}
				int[] holders = s.holderSlots[codes[i]];
				double[] evidence = s.holderEvidence[codes[i]];
				double weight = skills.get(i).weight();
				for (int h = 0; h < holders.length; h++) {
					int level = holders[h] & 7;
					if (level < minLevel) {
						continue;
					}
					int slot = holders[h] >>> 3;
					int k;
					if ((seen[slot] & 0xFFFFFFFF00000000L) == generationBits) {
						k = (int) seen[slot] - 1;
						if (k < 0) {
							continue;
						}
					}
					else {
						long attributes = s.attributes[slot];
						k = (stage(attributes) < 0 || visibility(attributes) == PRIVATE) ? -1
								: c.add(slot, attributes, s.places[slot]);
						seen[slot] = generationBits | (k + 1);
						if (k < 0) {
							continue;
						}
					}
					double fit = weight * level / 5.0;
					if (fit > c.best[k]) {
						c.best[k] = fit;
					}
					c.sum[k] += fit;
					c.evidence[k] += weight * evidence[h];
				}
			}
			c.baseDay = TeacherRepository.today();
			double discount = Math.pow(0.5, (c.baseDay - REFERENCE_DAY) / 365.0);
			c.base = new double[c.size];
			for (int k = 0; k < c.size; k++) {
				c.base[k] = c.base(k, discount);
			}
			return c;
		}

		/**
		 * The part of a candidate's score that does not depend on the asker: fit and
		 * evidence (the first terms of the query's sum, in its order, so the result is
		 * the same to the last bit).
		 */
		double base(int k, double discount) {
			double evidence = discount * this.evidence[k];
			return this.best[k] + 0.15 * (this.sum[k] - this.best[k]) + 0.35 * evidence / (evidence + 2.0);
		}

		private int add(int slot, long attributes, long places) {
			if (this.size == this.slots.length) {
				int grown = this.size * 2;
				this.slots = Arrays.copyOf(this.slots, grown);
				this.best = Arrays.copyOf(this.best, grown);
				this.sum = Arrays.copyOf(this.sum, grown);
				this.evidence = Arrays.copyOf(this.evidence, grown);
				this.attributes = Arrays.copyOf(this.attributes, grown);
				this.places = Arrays.copyOf(this.places, grown);
			}
			this.slots[this.size] = slot;
			this.attributes[this.size] = attributes;
			this.places[this.size] = places;
			return this.size++;
		}

	}

	/**
	 * The best candidates of a topic for a plain request (no asker, no filters) on one
	 * day.
	 *
	 * @param day the day it holds for
	 * @param count how many candidates were admitted
	 * @param positions the best admitted candidates' positions, best first
	 * @param scores their scores
	 */
	record Plain(int day, int count, int[] positions, double[] scores) {
	}

	/** How many of a plain ranking are kept (a page of 100 at the most, from the top). */
	static final int PLAIN_KEPT = 100;

	/**
	 * Per-thread working arrays, reused between requests and told apart by a generation
	 * number, so a request allocates nothing per person.
	 */
	static final class Scratch {

		int generation;

		/**
		 * Per slot: generation << 32 | (candidate position + 1), 0 in the low half if
		 * refused.
		 */
		long[] seen = new long[0];

		/** Per skill code: the generation of the request that asked for it. */
		int[] wanted = new int[0];

		/** Per admitted candidate: its position among the candidates, and its score. */
		int[] admitted = new int[256];

		double[] score = new double[256];

		int next(int people, int skills) {
			if (this.seen.length < people) {
				this.seen = new long[people + people / 4 + 16];
			}
			if (this.wanted.length < skills) {
				this.wanted = new int[skills + skills / 4 + 16];
			}
			if (++this.generation == Integer.MAX_VALUE) {
				Arrays.fill(this.seen, 0);
				Arrays.fill(this.wanted, 0);
				this.generation = 1;
			}
			return this.generation;
		}

		void room(int candidates) {
			if (this.admitted.length < candidates) {
				this.admitted = new int[candidates + candidates / 4];
				this.score = new double[this.admitted.length];
			}
		}

	}

	/**
	 * One ranking: the asker's context and the filters applied to a topic's candidates.
	 */
	private static final class Request {

		final Snapshot snapshot;

		final Candidates candidates;

		final Scratch scratch;

		final int generation;

		final Teacher asker;

		final TeacherFilter filter;

		final int today;

		final int minLevel;

		final int institution;

		final int profession;

		final int askerStage;

		/** The asker's current institution codes. */
		final int[] askerInstitutions;

		final int[] askerProfessions;

		int count;

		Request(Snapshot snapshot, Candidates candidates, Scratch scratch, Teacher asker, TeacherFilter filter,
				int today, int institution, int profession, int[] codes) {
			this.snapshot = snapshot;
			this.candidates = candidates;
			this.scratch = scratch;
			this.generation = scratch.next(snapshot.bySlot.length, snapshot.holderSlots.length);
			for (int code : codes) {
				if (code >= 0) {
					scratch.wanted[code] = this.generation;
				}
			}
			this.asker = asker;
			this.filter = filter;
			this.today = today;
			this.minLevel = filter.level();
			this.institution = institution;
			this.profession = profession;
			if (asker != null) {
				this.askerStage = stage(snapshot.attributes[asker.slot]);
				int[] places = snapshot.institutions[asker.slot];
				int[] current = new int[places.length / 2];
				int n = 0;
				for (int i = 0; i < places.length; i += 2) {
					if (places[i + 1] >= today) {
						current[n++] = places[i];
					}
				}
				this.askerInstitutions = Arrays.copyOf(current, n);
				this.askerProfessions = snapshot.professions[asker.slot];
			}
			else {
				this.askerStage = -1;
				this.askerInstitutions = new int[0];
				this.askerProfessions = new int[0];
			}
		}

		/**
		 * Admits and scores every candidate, and picks the best.
		 * @param wanted how many of the best are needed
		 * @return the best admitted candidates (positions among the admitted), best first
		 */
		int[] rank(int wanted) {
			Candidates c = this.candidates;
			Scratch sc = this.scratch;
			sc.room(Math.max(c.size, PLAIN_KEPT));
			boolean plainRequest = this.asker == null && this.institution == -1 && this.profession == -1
					&& !this.filter.otherProfessions() && !this.filter.reverse() && !this.filter.full()
					&& wanted <= PLAIN_KEPT;
			Plain plain = c.plain;
			if (plainRequest && plain != null && plain.day() == this.today) {
				System.arraycopy(plain.positions(), 0, sc.admitted, 0, plain.positions().length);
				System.arraycopy(plain.scores(), 0, sc.score, 0, plain.scores().length);
				this.count = plain.count();
				int[] order = new int[Math.min(wanted, plain.positions().length)];
				for (int i = 0; i < order.length; i++) {
					order[i] = i;
				}
				return order;
			}
			int[] order = admitAndScore(wanted);
			if (plainRequest) {
				int kept = Math.min(PLAIN_KEPT, this.count);
				int[] best = (order.length >= kept) ? order : best(kept);
				int[] positions = new int[kept];
				double[] scores = new double[kept];
				for (int i = 0; i < kept; i++) {
					positions[i] = sc.admitted[best[i]];
					scores[i] = sc.score[best[i]];
				}
				c.plain = new Plain(this.today, this.count, positions, scores);
			}
			return order;
		}

		/** Admits and scores every candidate, and picks the best {@code wanted}. */
		private int[] admitAndScore(int wanted) {
			Candidates c = this.candidates;
			Scratch sc = this.scratch;
			int askerSlot = (this.asker != null) ? this.asker.slot : -1;
			boolean reverse = this.filter.reverse();
			boolean full = this.filter.full();
			boolean professions = this.profession != -1 || this.filter.otherProfessions();
			double discount = Math.pow(0.5, (this.today - REFERENCE_DAY) / 365.0);
			int n = 0;
			for (int k = 0; k < c.size; k++) {
				int slot = c.slots[k];
				long attributes = c.attributes[k];
				int stage = stage(attributes);
				if (slot == askerSlot || (reverse && (this.askerStage < 0 || stage >= this.askerStage))) {
					continue;
				}
				if (this.institution != -1 && !inInstitution(c.places[k], slot, this.institution)) {
					continue;
				}
				boolean shares = this.askerInstitutions.length > 0 && sharesInstitution(c.places[k], slot);
				if (visibility(attributes) != NETWORK && !shares) {
					continue;
				}
				if (professions && !professionsAdmit(slot)) {
					continue;
				}
				int active = active(attributes, this.today, slot);
				int capacity = capacity(attributes);
				if (!full && active >= capacity) {
					continue;
				}
				sc.admitted[n] = k;
				sc.score[n++] = ((this.today == c.baseDay) ? c.base[k] : c.base(k, discount))
						+ ((active >= capacity) ? -0.3 : 0.1 * (capacity - active) / (double) capacity)
						+ (shares ? 0.05 : 0.0) + ((this.askerStage >= 0 && stage < this.askerStage) ? 0.03 : 0.0);
			}
			this.count = n;
			return best(Math.min(wanted, n));
		}

		private boolean professionsAdmit(int slot) {
			boolean inProfession = this.profession == -1;
			boolean sameProfession = false;
			for (int code : this.snapshot.professions[slot]) {
				inProfession |= code == this.profession;
				sameProfession |= contains(this.askerProfessions, code);
			}
			return inProfession && !(this.filter.otherProfessions() && sameProfession);
		}

		/** Active mentorships as mentor today: the packed count while it holds. */
		private int active(long attributes, int today, int slot) {
			if (today <= (int) (attributes >>> 40)) {
				return (int) ((attributes >>> 24) & 0xFFFF);
			}
			return this.snapshot.bySlot[slot].active(today);
		}

		private static boolean contains(int[] codes, int code) {
			for (int c : codes) {
				if (c == code) {
					return true;
				}
			}
			return false;
		}

		private boolean sharesInstitution(long places, int slot) {
			for (int code : this.askerInstitutions) {
				if (inInstitution(places, slot, code)) {
					return true;
				}
			}
			return false;
		}

		/** Whether the person is currently affiliated with an institution. */
		private boolean inInstitution(long packed, int slot, int code) {
			if (packed != 0 && this.today - REFERENCE_DAY <= (int) ((packed >>> 48) & 0x7FFF)) {
				long wanted = code + 1L;
				return (packed & 0xFFFF) == wanted || ((packed >>> 16) & 0xFFFF) == wanted
						|| ((packed >>> 32) & 0xFFFF) == wanted;
			}
			int[] places = this.snapshot.institutions[slot];
			for (int i = 0; i < places.length; i += 2) {
				if (places[i + 1] >= this.today && places[i] == code) {
					return true;
				}
			}
			return false;
		}

		/** Ahead: a higher score, then the smaller id (the query's ORDER BY). */
		private boolean ahead(int a, int b) {
			double[] score = this.scratch.score;
			if (score[a] != score[b]) {
				return score[a] > score[b];
			}
			return id(a).compareTo(id(b)) < 0;
		}

		private String id(int admitted) {
			return this.snapshot.bySlot[this.candidates.slots[this.scratch.admitted[admitted]]].row.id();
		}

		/**
		 * The best {@code n} admitted candidates in order, through a heap of {@code n}
		 * whose root is the weakest kept: a broad topic has thousands of candidates and a
		 * page needs ten.
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

		private String direction(int stage) {
			if (this.askerStage < 0) {
				return null;
			}
			return (stage < this.askerStage) ? "REVERSE" : (stage == this.askerStage) ? "PEER" : "TRADITIONAL";
		}

		/**
		 * Everything the answer shows of one ranked candidate, read from the person's
		 * row.
		 */
		TeacherRankingRepository.Ranked ranked(int position, List<SkillMatch> skills, int[] codes) {
			int k = this.scratch.admitted[position];
			int slot = this.candidates.slots[k];
			Teacher t = this.snapshot.bySlot[slot];
			TeacherRepository.Row row = t.row;
			List<TeacherRankingRepository.Held> held = new ArrayList<>();
			for (int i = 0; i < skills.size(); i++) {
				int level = (codes[i] >= 0) ? t.level(codes[i]) : 0;
				if (level > 0 && level >= this.minLevel) {
					SkillMatch match = skills.get(i);
					held.add(new TeacherRankingRepository.Held(match.skillId(), match.name(), level, match.weight(),
							match.weight() * level / 5.0));
				}
			}
			int taught = 0;
			int confirmed = 0;
			int rated = 0;
			int ratingSum = 0;
			int last = Integer.MIN_VALUE;
			for (int i = 0; i < t.taughtCodes.length; i++) {
				int code = t.taughtCodes[i];
				if (code < this.scratch.wanted.length && this.scratch.wanted[code] == this.generation
						&& t.level(code) >= this.minLevel) {
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
			// The (code, last day) pairs follow the row's affiliations in order.
			int[] places = this.snapshot.institutions[slot];
			List<String> institutions = new ArrayList<>();
			List<String> shared = new ArrayList<>();
			for (int i = 0; i < row.institutions().length; i++) {
				if (t.current(i, this.today)) {
					String name = names.getOrDefault(row.institutions()[i], row.institutions()[i]);
					institutions.add(name);
					if (contains(this.askerInstitutions, places[2 * i])) {
						shared.add(name);
					}
				}
			}
			List<String> professions = Arrays.stream(row.professions())
				.map((id) -> names.getOrDefault(id, id))
				.toList();
			boolean otherProfession = this.askerProfessions.length > 0 && row.professions().length > 0
					&& Arrays.stream(this.snapshot.professions[slot])
						.noneMatch((code) -> contains(this.askerProfessions, code));
			return new TeacherRankingRepository.Ranked(row.id(), row.name(), row.person(), row.careerStage(),
					this.scratch.score[position], direction(stage(this.snapshot.attributes[slot])),
					active(this.snapshot.attributes[slot], this.today, slot), row.capacity(), held, taught, confirmed,
					(rated > 0) ? (double) ratingSum / rated : null, (taught > 0) ? LocalDate.ofEpochDay(last) : null,
					shared, professions, institutions, otherProfession);
		}

	}

}
