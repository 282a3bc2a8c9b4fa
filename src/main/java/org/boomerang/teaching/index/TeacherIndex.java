package org.boomerang.teaching.index;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.boomerang.skill.search.SkillMatch;

/**
 * Everyone who can teach, held in memory and ranked there: the same rules and the same
 * score ({@link ScoreWeights}) as {@code queries/teaching/rank-teachers.cypher}, without
 * walking the graph for every candidate. See {@code package-info} for the layout.
 * <p>
 * Writers (one at a time) copy what they change and publish a new {@link Snapshot};
 * readers rank against the snapshot they started with.
 */
public final class TeacherIndex {

	private final Codes codes = new Codes();

	private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

	private volatile Snapshot snapshot = Snapshot.empty(0, 0, Map.of());

	private final CandidateCache candidates;

	/**
	 * An empty index.
	 * @param candidateCache how many candidates of recent topics to keep until the next
	 * write, over all topics; 0 finds them again on every request
	 */
	public TeacherIndex(int candidateCache) {
		this.candidates = new CandidateCache(candidateCache, this.snapshot);
	}

	/**
	 * @return how many people the index holds
	 */
	public int size() {
		return this.snapshot.people();
	}

	/**
	 * The person the index holds for an id.
	 * @param id a person id
	 * @return the row, or null
	 */
	public TeacherRow get(String id) {
		Teacher teacher = this.snapshot.teacher(this.codes, id);
		return (teacher != null) ? teacher.row : null;
	}

	/**
	 * Replaces everything the index holds.
	 * @param rows everyone
	 * @param placeNames the names of institutions and professions by id
	 */
	public synchronized void replaceAll(Collection<TeacherRow> rows, Map<String, String> placeNames) {
		Snapshot empty = Snapshot.empty(this.codes.people(), this.codes.skills(), placeNames);
		publish(empty.with(rows, List.of(), this.codes));
	}

	/**
	 * Puts people in (new or reloaded) and takes people out.
	 * @param rows people to put in
	 * @param removed ids of people to take out
	 */
	public synchronized void apply(Collection<TeacherRow> rows, Collection<String> removed) {
		publish(this.snapshot.with(rows, removed, this.codes));
	}

	/**
	 * Takes new names of institutions and professions.
	 * @param names the names by id
	 */
	public synchronized void placeNames(Map<String, String> names) {
		Snapshot s = this.snapshot;
		if (!s.placeNames().equals(names)) {
			publish(s.withPlaceNames(names));
		}
	}

	/** Makes a snapshot the current one; candidates found in earlier ones are dropped. */
	private void publish(Snapshot next) {
		this.snapshot = next;
		this.candidates.published(next);
	}

	/**
	 * Ranks the people who can teach the resolved skills, exactly as the ranking query
	 * does, and returns one page.
	 * @param skills the topic's skills with their match weights
	 * @param askerId the person asking, or null
	 * @param filter the filters
	 * @param skip teachers before the page
	 * @param limit the page's size
	 * @return the page
	 */
	public Ranking rank(List<SkillMatch> skills, String askerId, TeacherFilter filter, int skip, int limit) {
		Snapshot s = this.snapshot;
		Teacher asker = null;
		if (askerId != null) {
			asker = s.teacher(this.codes, askerId);
			if (asker == null) {
				return new Ranking(false, null, 0, List.of());
			}
		}
		int[] skillCodes = codes(s, skills);
		Scratch scratch = this.scratch.get();
		Candidates found = this.candidates.get(s, scratch, skills, skillCodes, filter.level());
		RankRequest request = new RankRequest(s, found, scratch, asker, filter, Days.today(),
				this.codes.place(filter.institution()), this.codes.place(filter.profession()), skillCodes);
		int[] order = request.rank(skip + limit);
		List<Ranking.Ranked> page = new ArrayList<>();
		for (int i = skip; i < order.length; i++) {
			page.add(request.ranked(order[i], skills, skillCodes));
		}
		return new Ranking(true, (asker != null) ? asker.row.careerStage() : null, request.count, page);
	}

	/**
	 * A set of people to rank among (a programme's mentor pool), fixed to the index as it
	 * is now: rankings among it see the people as they were when it was made.
	 * @param ids the people's ids (those the index does not hold are left out)
	 * @return the pool
	 */
	public Pool pool(Collection<String> ids) {
		Snapshot s = this.snapshot;
		BitSet slots = new BitSet(s.bySlot().length);
		for (String id : ids) {
			Teacher teacher = s.teacher(this.codes, id);
			if (teacher != null) {
				slots.set(teacher.slot);
			}
		}
		return new Pool(s, slots);
	}

	/**
	 * Ranks the people of a pool who can teach the skills, for an asker, exactly as the
	 * ranking query does with its pool: PRIVATE and INSTITUTION people of the pool are
	 * offered, people at capacity too, and every one of them is ranked.
	 * @param pool the pool, from {@link #pool}
	 * @param skills the skills with their match weights
	 * @param askerId the person asking (a mentee)
	 * @return the pool's teachers, best first
	 */
	public PoolRanking rankAmong(Pool pool, List<SkillMatch> skills, String askerId) {
		Snapshot s = pool.snapshot;
		Teacher asker = s.teacher(this.codes, askerId);
		if (asker == null) {
			return PoolRanking.askerNotFound();
		}
		TeacherFilter filter = new TeacherFilter(null, null, null, null, null, true);
		int[] skillCodes = codes(s, skills);
		Scratch scratch = this.scratch.get();
		Candidates found = Candidates.find(s, scratch, skills, skillCodes, filter.level(), pool.slots);
		int today = Days.today();
		RankRequest request = new RankRequest(s, found, scratch, asker, filter, today, -1, -1, skillCodes, true);
		int[] order = request.rank(found.size);
		int[] slots = new int[order.length];
		double[] scores = new double[order.length];
		for (int i = 0; i < order.length; i++) {
			slots[i] = request.slot(order[i]);
			scores[i] = request.score(order[i]);
		}
		return new PoolRanking(s, true, asker.row.careerStage(), skills, skillCodes, filter.level(), request.askerStage,
				request.askerInstitutions, request.askerProfessions, today, slots, scores);
	}

	/** The code of each skill in a snapshot; -1 for a skill first seen after it. */
	private int[] codes(Snapshot s, List<SkillMatch> skills) {
		int[] skillCodes = new int[skills.size()];
		for (int i = 0; i < skills.size(); i++) {
			int code = this.codes.skill(skills.get(i).skillId());
			// A skill first seen after this snapshot has no teachers in it.
			skillCodes[i] = (code < s.holderSlots().length) ? code : -1;
		}
		return skillCodes;
	}

	/**
	 * People to rank among, by slot in the snapshot they were found in.
	 */
	public static final class Pool {

		private final Snapshot snapshot;

		private final BitSet slots;

		private Pool(Snapshot snapshot, BitSet slots) {
			this.snapshot = snapshot;
			this.slots = slots;
		}

		/**
		 * @return how many of the pool the index holds
		 */
		public int size() {
			return this.slots.cardinality();
		}

	}

}
