package org.boomerang.teaching.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import org.boomerang.model.MentoringDirection;
import org.boomerang.skill.search.SkillMatch;

/**
 * One ranking: the asker's context and the filters applied to a topic's candidates, each
 * admitted candidate scored as the ranking query scores them ({@link ScoreWeights}).
 */
final class RankRequest implements BestHeap.Order {

	private final Snapshot snapshot;

	private final Candidates candidates;

	private final Scratch scratch;

	private final int generation;

	private final Teacher asker;

	private final TeacherFilter filter;

	private final int today;

	private final int minLevel;

	private final int institution;

	private final int profession;

	final int askerStage;

	/** The asker's current institution codes. */
	final int[] askerInstitutions;

	final int[] askerProfessions;

	/** Whether visibility was settled by the pool the candidates come from. */
	private final boolean pooled;

	/** How many candidates were admitted. */
	int count;

	/**
	 * @param institution the code of the institution filter (see {@link Codes#place})
	 * @param profession the code of the profession filter
	 * @param codes the skill code of each match of the topic (-1 for none)
	 */
	RankRequest(Snapshot snapshot, Candidates candidates, Scratch scratch, Teacher asker, TeacherFilter filter,
			int today, int institution, int profession, int[] codes) {
		this(snapshot, candidates, scratch, asker, filter, today, institution, profession, codes, false);
	}

	/**
	 * @param pooled whether the candidates are a pool's people, offered whatever their
	 * visibility (see
	 * {@link Candidates#find(Snapshot, Scratch, List, int[], int, java.util.BitSet)})
	 */
	RankRequest(Snapshot snapshot, Candidates candidates, Scratch scratch, Teacher asker, TeacherFilter filter,
			int today, int institution, int profession, int[] codes, boolean pooled) {
		this.pooled = pooled;
		this.snapshot = snapshot;
		this.candidates = candidates;
		this.scratch = scratch;
		this.generation = scratch.next(snapshot.bySlot().length, snapshot.holderSlots().length);
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
			this.askerStage = PackedAttributes.stage(snapshot.attributes()[asker.slot]);
			int[] places = snapshot.institutions()[asker.slot];
			int[] current = new int[places.length / 2];
			int n = 0;
			for (int i = 0; i < places.length; i += 2) {
				if (places[i + 1] >= today) {
					current[n++] = places[i];
				}
			}
			this.askerInstitutions = Arrays.copyOf(current, n);
			this.askerProfessions = snapshot.professions()[asker.slot];
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
		sc.room(Math.max(c.size, Candidates.Plain.KEPT));
		boolean plainRequest = this.asker == null && this.institution == -1 && this.profession == -1
				&& !this.filter.otherProfessions() && !this.filter.reverse() && !this.filter.full()
				&& wanted <= Candidates.Plain.KEPT;
		Candidates.Plain plain = c.plain;
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
			int kept = Math.min(Candidates.Plain.KEPT, this.count);
			int[] best = (order.length >= kept) ? order : BestHeap.best(kept, this.count, this);
			int[] positions = new int[kept];
			double[] scores = new double[kept];
			for (int i = 0; i < kept; i++) {
				positions[i] = sc.admitted[best[i]];
				scores[i] = sc.score[best[i]];
			}
			c.plain = new Candidates.Plain(this.today, this.count, positions, scores);
		}
		return order;
	}

	/** Admits and scores every candidate, and picks the best {@code wanted}. */
	private int[] admitAndScore(int wanted) {
		ScoreWeights w = ScoreWeights.STANDARD;
		Candidates c = this.candidates;
		Scratch sc = this.scratch;
		int askerSlot = (this.asker != null) ? this.asker.slot : -1;
		boolean reverse = this.filter.reverse();
		boolean full = this.filter.full();
		boolean professions = this.profession != -1 || this.filter.otherProfessions();
		double discount = Days.discount(this.today);
		int n = 0;
		for (int k = 0; k < c.size; k++) {
			int slot = c.slots[k];
			long attributes = c.attributes[k];
			int stage = PackedAttributes.stage(attributes);
			if (slot == askerSlot || (reverse && (this.askerStage < 0 || stage >= this.askerStage))) {
				continue;
			}
			if (this.institution != -1 && !inInstitution(c.places[k], slot, this.institution)) {
				continue;
			}
			boolean shares = this.askerInstitutions.length > 0 && sharesInstitution(c.places[k], slot);
			if (!this.pooled && PackedAttributes.visibility(attributes) != PackedAttributes.NETWORK && !shares) {
				continue;
			}
			if (professions && !professionsAdmit(slot)) {
				continue;
			}
			int active = active(attributes, slot);
			int capacity = PackedAttributes.capacity(attributes);
			if (!full && active >= capacity) {
				continue;
			}
			sc.admitted[n] = k;
			sc.score[n++] = ((this.today == c.baseDay) ? c.base[k] : c.base(k, discount))
					+ ((active >= capacity) ? w.atCapacity()
							: w.availability() * (capacity - active) / (double) capacity)
					+ (shares ? w.sharedInstitution() : 0.0)
					+ ((this.askerStage >= 0 && stage < this.askerStage) ? w.reverse() : 0.0);
		}
		this.count = n;
		return BestHeap.best(Math.min(wanted, n), n, this);
	}

	private boolean professionsAdmit(int slot) {
		boolean inProfession = this.profession == -1;
		boolean sameProfession = false;
		for (int code : this.snapshot.professions()[slot]) {
			inProfession |= code == this.profession;
			sameProfession |= contains(this.askerProfessions, code);
		}
		return inProfession && !(this.filter.otherProfessions() && sameProfession);
	}

	/** Active mentorships as mentor today: the packed count while it holds. */
	private int active(long attributes, int slot) {
		return active(this.snapshot, attributes, slot, this.today);
	}

	private static int active(Snapshot snapshot, long attributes, int slot, int today) {
		int active = PackedAttributes.active(attributes, today);
		return (active >= 0) ? active : snapshot.bySlot()[slot].active(today);
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
		int held = PackedAttributes.holds(packed, this.today, code);
		if (held >= 0) {
			return held == 1;
		}
		int[] places = this.snapshot.institutions()[slot];
		for (int i = 0; i < places.length; i += 2) {
			if (places[i + 1] >= this.today && places[i] == code) {
				return true;
			}
		}
		return false;
	}

	/** Ahead: a higher score, then the smaller id (the query's ORDER BY). */
	@Override
	public boolean ahead(int a, int b) {
		double[] score = this.scratch.score;
		if (score[a] != score[b]) {
			return score[a] > score[b];
		}
		return id(a).compareTo(id(b)) < 0;
	}

	private String id(int admitted) {
		return this.snapshot.bySlot()[this.candidates.slots[this.scratch.admitted[admitted]]].row.id();
	}

	/** Which way teaching would run from a teacher at this stage to the asker. */
	static MentoringDirection direction(int askerStage, int stage) {
		if (askerStage < 0) {
			return null;
		}
		return (stage < askerStage) ? MentoringDirection.REVERSE
				: (stage == askerStage) ? MentoringDirection.PEER : MentoringDirection.TRADITIONAL;
	}

	/** The slot of an admitted candidate ({@link #rank} gives positions). */
	int slot(int position) {
		return this.candidates.slots[this.scratch.admitted[position]];
	}

	/** The score of an admitted candidate. */
	double score(int position) {
		return this.scratch.score[position];
	}

	/**
	 * Everything the answer shows of one ranked candidate, read from the person's row.
	 * @param position a position {@link #rank} returned
	 */
	Ranking.Ranked ranked(int position, List<SkillMatch> skills, int[] codes) {
		int[] wanted = this.scratch.wanted;
		int generation = this.generation;
		return ranked(this.snapshot, slot(position), score(position), skills, codes,
				(code) -> code < wanted.length && wanted[code] == generation, this.minLevel, this.askerStage,
				this.askerInstitutions, this.askerProfessions, this.today);
	}

	/**
	 * Everything the answer shows of one teacher, read from the person's row.
	 * @param slot the teacher's slot
	 * @param score the teacher's score
	 * @param skills the topic's skills
	 * @param codes their codes (-1 for none)
	 * @param wanted whether a skill code is one of the topic's
	 * @param minLevel the lowest level asked for
	 * @param askerStage the asker's stage rank, or -1
	 * @param askerInstitutions the asker's current institution codes
	 * @param askerProfessions the asker's profession codes
	 * @param today the day (see {@link Days})
	 * @return the ranked teacher
	 */
	static Ranking.Ranked ranked(Snapshot snapshot, int slot, double score, List<SkillMatch> skills, int[] codes,
			IntPredicate wanted, int minLevel, int askerStage, int[] askerInstitutions, int[] askerProfessions,
			int today) {
		ScoreWeights w = ScoreWeights.STANDARD;
		Teacher t = snapshot.bySlot()[slot];
		TeacherRow row = t.row;
		List<Ranking.Held> held = new ArrayList<>();
		for (int i = 0; i < skills.size(); i++) {
			int level = (codes[i] >= 0) ? t.level(codes[i]) : 0;
			if (level > 0 && level >= minLevel) {
				SkillMatch match = skills.get(i);
				held.add(new Ranking.Held(match.skillId(), match.name(), level, match.weight(),
						match.weight() * level / w.fullLevel()));
			}
		}
		int taught = 0;
		int confirmed = 0;
		int rated = 0;
		int ratingSum = 0;
		int last = Integer.MIN_VALUE;
		for (int i = 0; i < t.taughtCodes.length; i++) {
			int code = t.taughtCodes[i];
			if (wanted.test(code) && t.level(code) >= minLevel) {
				int outcome = row.taughtOutcomes()[i];
				taught++;
				confirmed += TeacherRow.confirmed(outcome) ? 1 : 0;
				if (TeacherRow.rating(outcome) != 0) {
					rated++;
					ratingSum += TeacherRow.rating(outcome);
				}
				last = Math.max(last, row.taughtDays()[i]);
			}
		}
		Map<String, String> names = snapshot.placeNames();
		// The (code, last day) pairs follow the row's affiliations in order.
		int[] places = snapshot.institutions()[slot];
		List<String> institutions = new ArrayList<>();
		List<String> shared = new ArrayList<>();
		for (int i = 0; i < row.institutions().length; i++) {
			if (t.current(i, today)) {
				String name = names.getOrDefault(row.institutions()[i], row.institutions()[i]);
				institutions.add(name);
				if (contains(askerInstitutions, places[2 * i])) {
					shared.add(name);
				}
			}
		}
		List<String> professions = Arrays.stream(row.professions()).map((id) -> names.getOrDefault(id, id)).toList();
		boolean otherProfession = askerProfessions.length > 0 && row.professions().length > 0
				&& Arrays.stream(snapshot.professions()[slot]).noneMatch((code) -> contains(askerProfessions, code));
		long attributes = snapshot.attributes()[slot];
		return new Ranking.Ranked(row.id(), row.name(), row.person(), row.careerStage(), score,
				direction(askerStage, PackedAttributes.stage(attributes)), active(snapshot, attributes, slot, today),
				row.capacity(), held, taught, confirmed, (rated > 0) ? (double) ratingSum / rated : null,
				(taught > 0) ? LocalDate.ofEpochDay(last) : null, shared, professions, institutions, otherProfession);
	}

}
