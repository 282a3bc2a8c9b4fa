package org.boomerang.teaching;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.boomerang.model.MentoringDirection;
import org.boomerang.security.Reader;
import org.boomerang.skill.search.SkillMatch;
import org.boomerang.skill.search.Via;
import org.boomerang.teaching.index.Ranking;
import org.boomerang.teaching.index.TeacherFilter;

import org.springframework.stereotype.Service;

/**
 * Scores a mentee against the mentors of a pool with the {@code whoCanTeach} ranking and
 * reasons: the mentee is the asker and what they want to learn is the topic (each wanted
 * skill matched exactly). Programmes plan cohorts with it, so a planned pair scores as
 * the mentee would see the mentor in search, not by a second formula.
 */
@Service
public class PairScoring {

	private final TeacherRankingRepository ranker;

	PairScoring(TeacherRankingRepository ranker) {
		this.ranker = ranker;
	}

	/**
	 * Every mentor of the pool who can teach something the mentee wants, best first,
	 * those at capacity included (the caller decides about places).
	 * @param menteeId the mentee, as the asker
	 * @param wanted the skills the mentee wants to learn, by id, with their names
	 * @param pool the mentors to consider
	 * @param reader who reads (the pool is ranked within what they may see)
	 * @return the scored mentors, best first
	 */
	public List<PairScore> score(String menteeId, Map<String, String> wanted, Collection<String> pool, Reader reader) {
		if (wanted.isEmpty() || pool.isEmpty()) {
			return List.of();
		}
		List<SkillMatch> skills = wanted.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map((skill) -> new SkillMatch(skill.getKey(), skill.getValue(), 1.0, Via.EXACT, skill.getValue(), null,
					null, null))
			.toList();
		TeacherFilter all = new TeacherFilter(null, null, null, null, null, true);
		Ranking ranking = this.ranker.rank(skills, menteeId, all, 0, pool.size(), reader, pool);
		Map<String, SkillMatch> byId = new HashMap<>();
		skills.forEach((m) -> byId.put(m.skillId(), m));
		return ranking.teachers().stream().map((teacher) -> {
			List<Ranking.Held> held = teacher.matched()
				.stream()
				.sorted(Comparator.comparingDouble((Ranking.Held h) -> -h.fit()).thenComparing(Ranking.Held::name))
				.toList();
			return new PairScore(teacher.id(), teacher.score(), teacher.direction(),
					held.stream().map(Ranking.Held::id).toList(),
					Reasons.of(teacher, held, byId, ranking.askerStage()));
		}).toList();
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
