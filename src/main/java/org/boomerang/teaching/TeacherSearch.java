package org.boomerang.teaching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.boomerang.api.BadRequestException;
import org.boomerang.api.NotFoundException;
import org.boomerang.api.PageInfo;
import org.boomerang.model.SkillLevel;
import org.boomerang.person.Person;
import org.boomerang.person.PersonRepository;
import org.boomerang.skill.search.SkillMatch;
import org.boomerang.skill.search.TopicResolver;
import org.boomerang.skill.search.Via;
import org.boomerang.teaching.index.Ranking;
import org.boomerang.teaching.index.TeacherFilter;
import org.boomerang.teaching.index.TeacherIndex;
import org.boomerang.security.Reader;

import org.springframework.stereotype.Service;

/**
 * "Who can teach me X?": one lookup in the skill index, the ranking (in the in-memory
 * teacher index when it is ready, else with the ranking query), then the reasons.
 */
@Service
class TeacherSearch {

	static final int MAX_FIRST = 100;

	private final TopicResolver topics;

	private final TeacherRankingRepository ranker;

	private final TeacherIndex index;

	private final TeacherIndexSync sync;

	private final PersonRepository people;

	TeacherSearch(TopicResolver topics, TeacherRankingRepository ranker, TeacherIndex index, TeacherIndexSync sync,
			PersonRepository people) {
		this.people = people;
		this.topics = topics;
		this.ranker = ranker;
		this.index = index;
		this.sync = sync;
	}

	/**
	 * Ranks teachers for the asker. The index offers NETWORK people, and INSTITUTION ones
	 * sharing a current institution with the asker, never PRIVATE ones: for a reader
	 * asking as themselves (or an admin) that is within what they may see. A coordinator
	 * asking for someone else is ranked by the query, which also applies the reader's
	 * visibility rule; that path is rare and costs one query.
	 */
	TeacherMatchConnection whoCanTeach(String topic, String asker, TeacherFilter filter, Integer first, String after,
			Reader reader) {
		TeacherFilter given = (filter != null) ? filter : TeacherFilter.NONE;
		int limit = checkFirst(first);
		check(asker, given);
		int skip = Cursors.position(after);
		List<SkillMatch> resolved = this.topics.resolve(topic);
		boolean onBehalf = asker != null && !asker.equals(reader.id()) && !reader.admin();
		Ranking page = (this.sync.ready() && !onBehalf) ? this.index.rank(resolved, asker, given, skip, limit)
				: this.ranker.rank(resolved, asker, given, skip, limit, reader);
		if (asker != null && !page.askerFound()) {
			throw new NotFoundException(
					"No person has the id '" + asker + "': give the id of the person asking, or leave asker out");
		}
		// The ranking query leaves the people's own fields out: read them for the page at
		// once.
		Map<String, Person> people = page.teachers().stream().anyMatch((t) -> t.person() == null)
				? this.people.byIds(page.teachers().stream().map(Ranking.Ranked::id).toList()) : Map.of();
		Map<String, SkillMatch> byId = new HashMap<>();
		resolved.forEach((m) -> byId.put(m.skillId(), m));
		List<TeacherMatchConnection.Edge> edges = new ArrayList<>();
		for (Ranking.Ranked teacher : page.teachers()) {
			List<Ranking.Held> held = teacher.matched()
				.stream()
				.sorted(Comparator.comparingDouble((Ranking.Held h) -> -h.fit()).thenComparing(Ranking.Held::name))
				.toList();
			List<MatchedSkill> skills = held.stream()
				.map((h) -> new MatchedSkill(h.id(), h.level(), true, via(byId.get(h.id())), h.weight()))
				.toList();
			TeacherMatch match = new TeacherMatch(teacher.id(), teacher.score(), teacher.direction(),
					teacher.active() < teacher.capacity(), teacher.active(), teacher.capacity(), skills,
					Reasons.of(teacher, held, byId, page.askerStage()), teacher.professions(), teacher.institutions(),
					(teacher.person() != null) ? teacher.person() : people.get(teacher.id()));
			edges.add(new TeacherMatchConnection.Edge(Cursors.after(skip + edges.size() + 1), match));
		}
		boolean hasNext = page.total() > skip + edges.size();
		String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		return new TeacherMatchConnection(edges, new PageInfo(hasNext, endCursor), page.total(), resolved);
	}

	private static String via(SkillMatch match) {
		return ((match != null) ? match.via() : Via.TEXT).name();
	}

	private static void check(String asker, TeacherFilter filter) {
		if (filter.minLevel() != null
				&& (filter.minLevel() < SkillLevel.LOWEST || filter.minLevel() > SkillLevel.HIGHEST)) {
			throw new BadRequestException("minLevel must be between " + SkillLevel.LOWEST + " and " + SkillLevel.HIGHEST
					+ ", not " + filter.minLevel() + ": levels run " + SkillLevel.LOWEST + " to " + SkillLevel.HIGHEST);
		}
		if (asker == null && filter.reverse()) {
			throw new BadRequestException(
					"reverseOnly needs an asker: give asker (your person id) so teachers below your career stage can be found");
		}
		if (asker == null && filter.otherProfessions()) {
			throw new BadRequestException(
					"otherProfessionsOnly needs an asker: give asker (your person id) so your professions are known");
		}
	}

	static int checkFirst(Integer first) {
		int value = (first != null) ? first : 10;
		if (value < 0 || value > MAX_FIRST) {
			throw new BadRequestException("first must be between 0 and " + MAX_FIRST + ", not " + value
					+ ": ask for at most " + MAX_FIRST + " and page on with after");
		}
		return value;
	}

}
