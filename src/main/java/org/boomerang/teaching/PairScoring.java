package org.boomerang.teaching;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.boomerang.model.CareerStage;
import org.boomerang.model.MentoringDirection;
import org.boomerang.security.Reader;
import org.boomerang.skill.search.SkillMatch;
import org.boomerang.skill.search.Via;
import org.boomerang.teaching.index.PoolRanking;
import org.boomerang.teaching.index.Ranking;
import org.boomerang.teaching.index.TeacherFilter;
import org.boomerang.teaching.index.TeacherIndex;

import org.springframework.stereotype.Service;

/**
 * Scores a mentee against the mentors of a pool with the {@code whoCanTeach} ranking and
 * reasons: the mentee is the asker and what they want to learn is the topic (each wanted
 * skill matched exactly). Programmes plan cohorts with it, so a planned pair scores as
 * the mentee would see the mentor in search, not by a second formula.
 * <p>
 * The in-memory teacher index ranks when it is ready (as for search), the ranking query
 * otherwise; the two rank alike (TeacherIndexTests, PairScoringTests). The index offers
 * every person of the pool: the pool's readers are its programme's coordinators and
 * admins, who may see everyone enrolled in it, so the reader's rule leaves nobody out.
 */
@Service
public class PairScoring {

	/** How long a proposal waits for the teacher index while it builds. */
	private static final Duration INDEX_WAIT = Duration.ofSeconds(90);

	private final TeacherRankingRepository ranker;

	private final TeacherIndex index;

	private final TeacherIndexSync sync;

	PairScoring(TeacherRankingRepository ranker, TeacherIndex index, TeacherIndexSync sync) {
		this.ranker = ranker;
		this.index = index;
		this.sync = sync;
	}

	/**
	 * A pool of mentors to score many mentees against, fixed as the index holds them now.
	 * @param ids the mentors
	 * @return the pool
	 */
	public MentorPool pool(Collection<String> ids) {
		// Right after a large import the index rebuilds for half a minute or so; a cohort
		// scored with the ranking query instead takes minutes (214 s against 4-12 s for
		// 2,000 mentees at 100,000 people), so wait for it first.
		boolean ready = this.sync.awaitReady(INDEX_WAIT);
		return new MentorPool(List.copyOf(ids), ready ? this.index.pool(ids) : null);
	}

	/**
	 * Every mentor of the pool who can teach something the mentee wants, best first,
	 * those at capacity included (the caller decides about places). Each one's id, score
	 * and direction are known at once; the skills and reasons ({@link Scored#details})
	 * are worked out when first asked for. Safe to call from several threads at once.
	 * @param menteeId the mentee, as the asker
	 * @param wanted the skills the mentee wants to learn, by id, with their names
	 * @param pool the mentors to consider
	 * @param reader who reads (the pool is ranked within what they may see)
	 * @return the scored mentors, best first
	 */
	public List<Scored> score(String menteeId, Map<String, String> wanted, MentorPool pool, Reader reader) {
		if (wanted.isEmpty() || pool.ids().isEmpty()) {
			return List.of();
		}
		List<SkillMatch> skills = wanted.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map((skill) -> new SkillMatch(skill.getKey(), skill.getValue(), 1.0, Via.EXACT, skill.getValue(), null,
					null, null))
			.toList();
		Map<String, SkillMatch> byId = new HashMap<>();
		skills.forEach((m) -> byId.put(m.skillId(), m));
		List<Scored> scored = new ArrayList<>();
		PoolRanking ranking = (pool.indexed() != null) ? this.index.rankAmong(pool.indexed(), skills, menteeId) : null;
		// A mentee written a moment ago may not be in the index yet: the query knows
		// them.
		if (ranking != null && ranking.askerFound()) {
			for (int i = 0; i < ranking.size(); i++) {
				int rank = i;
				scored.add(new Scored(ranking.id(i), ranking.score(i), ranking.direction(i),
						() -> details(ranking.ranked(rank), byId, ranking.askerStage())));
			}
			return scored;
		}
		TeacherFilter all = new TeacherFilter(null, null, null, null, null, true);
		Ranking ranked = this.ranker.rank(skills, menteeId, all, 0, pool.ids().size(), reader, pool.ids());
		for (Ranking.Ranked teacher : ranked.teachers()) {
			PairScore details = details(teacher, byId, ranked.askerStage());
			scored.add(new Scored(teacher.id(), teacher.score(), teacher.direction(), () -> details));
		}
		return scored;
	}

	private static PairScore details(Ranking.Ranked teacher, Map<String, SkillMatch> byId, CareerStage askerStage) {
		List<Ranking.Held> held = teacher.matched()
			.stream()
			.sorted(Comparator.comparingDouble((Ranking.Held h) -> -h.fit()).thenComparing(Ranking.Held::name))
			.toList();
		return new PairScore(teacher.id(), teacher.score(), teacher.direction(),
				held.stream().map(Ranking.Held::id).toList(), Reasons.of(teacher, held, byId, askerStage));
	}

	/**
	 * Mentors to score mentees against.
	 *
	 * @param ids the mentors' ids
	 * @param indexed the same people in the teacher index, or null when it is not ready
	 */
	public record MentorPool(List<String> ids, TeacherIndex.Pool indexed) {
	}

	/**
	 * A mentor scored for a mentee, the skills and reasons worked out on first use.
	 */
	public static final class Scored {

		private final String mentorId;

		private final double score;

		private final MentoringDirection direction;

		private Supplier<PairScore> details;

		private PairScore known;

		Scored(String mentorId, double score, MentoringDirection direction, Supplier<PairScore> details) {
			this.mentorId = mentorId;
			this.score = score;
			this.direction = direction;
			this.details = details;
		}

		/**
		 * @return the mentor
		 */
		public String mentorId() {
			return this.mentorId;
		}

		/**
		 * @return the whoCanTeach score
		 */
		public double score() {
			return this.score;
		}

		/**
		 * @return which way the teaching runs by career stage
		 */
		public MentoringDirection direction() {
			return this.direction;
		}

		/**
		 * @return the pair with its skills and reasons
		 */
		public synchronized PairScore details() {
			if (this.known == null) {
				this.known = this.details.get();
				this.details = null;
			}
			return this.known;
		}

	}

	/**
	 * A mentor scored for a mentee.
	 *
	 * @param mentorId the mentor
	 * @param score the whoCanTeach score
	 * @param direction which way the teaching runs by career stage
	 * @param skillIds the wanted skills the mentor teaches, best fit first
	 * @param reasons the whoCanTeach reasons
	 */
	public record PairScore(String mentorId, double score, MentoringDirection direction, List<String> skillIds,
			List<String> reasons) {
	}

}
