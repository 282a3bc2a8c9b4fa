package org.boomerang.teaching;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.boomerang.security.Reader;
import org.boomerang.demo.DemoLoader;
import org.boomerang.demo.DemoNetworkGenerator;
import org.boomerang.graph.BackgroundWork;
import org.boomerang.importing.EscoReader;
import org.boomerang.person.PersonRepository;
import org.boomerang.skill.search.SearchProperties;
import org.boomerang.skill.search.SearchTestSupport;
import org.boomerang.skill.search.SkillMatch;
import org.boomerang.teaching.index.PoolRanking;
import org.boomerang.teaching.index.Ranking;
import org.boomerang.teaching.index.TeacherFilter;
import org.boomerang.teaching.index.TeacherIndex;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-memory teacher index ranks exactly as the ranking query does, and follows writes
 * through this instance before their answers return.
 */
class TeacherIndexTests extends SearchTestSupport {

	private static final List<String> TOPICS = List.of("EMR", "telehealth", "teleheath", "podcasting",
			"clinical reasoning", "digital health", "e-learning", "leadership", "patient safety", "teach", "wound care",
			"statistics", "social media");

	@Autowired
	private TeacherIndex index;

	@Autowired
	private TeacherIndexSync sync;

	@Autowired
	private TeacherRankingRepository query;

	@Autowired
	private TeacherRepository repository;

	@Autowired
	private BackgroundWork background;

	@Autowired
	private PersonRepository people;

	@Test
	void the_index_ranks_a_generated_network_exactly_as_the_ranking_query_does() {
		// A demo-like network dated today, so mentorships run and transfers are recent.
		DemoNetworkGenerator.Settings settings = new DemoNetworkGenerator.Settings(150, 11, LocalDate.now(), 6, 10,
				true);
		byte[] document = new DemoNetworkGenerator(EscoReader.readClasspath(DemoLoader.ESCO_SUBSET), settings)
			.toBytes();
		this.imports.importDocument(new ByteArrayInputStream(document));
		assertThat(this.sync.ready()).isTrue();
		assertThat(this.index.size()).isEqualTo(150);
		List<String> askers = new ArrayList<>();
		askers.add(null);
		read("MATCH (p:Person) RETURN p.id AS id ORDER BY p.id LIMIT 3", Map.of()).records()
			.forEach((r) -> askers.add(r.get("id").asString()));
		String institution = read("MATCH (i:Institution) RETURN i.id AS id ORDER BY i.id LIMIT 1", Map.of()).records()
			.get(0)
			.get("id")
			.asString();
		String profession = read("MATCH (x:Profession) RETURN x.id AS id ORDER BY x.id LIMIT 1", Map.of()).records()
			.get(0)
			.get("id")
			.asString();
		int compared = 0;
		int nonEmpty = 0;
		for (String topic : TOPICS) {
			List<SkillMatch> skills = this.topics.resolve(topic);
			for (String asker : askers) {
				List<TeacherFilter> filters = new ArrayList<>(
						List.of(TeacherFilter.NONE, new TeacherFilter(institution, null, null, null, null, true),
								new TeacherFilter(null, profession, null, null, 3, null)));
				if (asker != null) {
					filters.add(new TeacherFilter(null, null, true, true, null, null));
				}
				for (TeacherFilter filter : filters) {
					Ranking expected = this.query.rank(skills, asker, filter, 0, 100);
					Ranking actual = this.index.rank(skills, asker, filter, 0, 100);
					String what = topic + " / " + asker + " / " + filter;
					assertThat(describe(actual)).as(what).isEqualTo(describe(expected));
					assertThat(actual.total()).as(what).isEqualTo(expected.total());
					Ranking page = this.index.rank(skills, asker, filter, 3, 4);
					assertThat(describe(page)).isEqualTo(describe(expected)
						.subList(Math.min(3, expected.teachers().size()), Math.min(7, expected.teachers().size())));
					compared++;
					nonEmpty += expected.teachers().isEmpty() ? 0 : 1;
				}
			}
		}
		assertThat(compared).isGreaterThan(100);
		assertThat(nonEmpty).as("rankings with teachers").isGreaterThan(compared / 2);
	}

	@Test
	void the_index_ranks_a_programme_pool_exactly_as_the_ranking_query_does() {
		DemoNetworkGenerator.Settings settings = new DemoNetworkGenerator.Settings(150, 11, LocalDate.now(), 6, 10,
				true);
		this.imports.importDocument(new ByteArrayInputStream(
				new DemoNetworkGenerator(EscoReader.readClasspath(DemoLoader.ESCO_SUBSET), settings).toBytes()));
		// Some PRIVATE and INSTITUTION people: in a pool they are offered all the same.
		write("""
				MATCH (p:Person) WITH p ORDER BY p.id
				WITH collect(p) AS everyone
				UNWIND range(0, size(everyone) - 1) AS i
				WITH everyone[i] AS p, i WHERE i % 5 IN [1, 2]
				SET p.visibility = CASE i % 5 WHEN 1 THEN 'PRIVATE' ELSE 'INSTITUTION' END""", Map.of());
		this.sync.rebuildFromGraph();
		List<String> everyone = read("MATCH (p:Person) RETURN p.id AS id ORDER BY p.id", Map.of()).records()
			.stream()
			.map((r) -> r.get("id").asString())
			.toList();
		List<String> pool = new ArrayList<>();
		for (int i = 0; i < everyone.size(); i += 3) {
			pool.add(everyone.get(i));
		}
		TeacherIndex.Pool indexed = this.index.pool(pool);
		assertThat(indexed.size()).isEqualTo(pool.size());
		TeacherFilter all = new TeacherFilter(null, null, null, null, null, true);
		int compared = 0;
		Set<String> offered = new HashSet<>();
		for (String topic : TOPICS) {
			List<SkillMatch> skills = this.topics.resolve(topic);
			for (String mentee : everyone.subList(0, 8)) {
				Ranking expected = this.query.rank(skills, mentee, all, 0, pool.size(), Reader.everything(), pool);
				PoolRanking actual = this.index.rankAmong(indexed, skills, mentee);
				List<Ranking.Ranked> ranked = new ArrayList<>();
				for (int i = 0; i < actual.size(); i++) {
					Ranking.Ranked teacher = actual.ranked(i);
					assertThat(List.of(actual.id(i), actual.score(i), String.valueOf(actual.direction(i))))
						.isEqualTo(List.of(teacher.id(), teacher.score(), String.valueOf(teacher.direction())));
					ranked.add(teacher);
					offered.add(teacher.id());
				}
				String what = topic + " / " + mentee;
				assertThat(actual.askerStage()).as(what).isEqualTo(expected.askerStage());
				assertThat(describe(new Ranking(true, actual.askerStage(), ranked.size(), ranked))).as(what)
					.isEqualTo(describe(expected));
				compared += expected.teachers().isEmpty() ? 0 : 1;
			}
		}
		assertThat(compared).as("rankings with teachers").isGreaterThan(TOPICS.size() * 4);
		assertThat(offered).as("only the pool").isSubsetOf(pool);
		assertThat(offered).as("PRIVATE people of the pool offered")
			.containsAnyElementsOf(everyone.stream().filter((id) -> everyone.indexOf(id) % 5 == 1).toList());
		assertThat(this.index.rankAmong(indexed, this.topics.resolve("EMR"), "nobody").askerFound()).isFalse();
	}

	/** Everything of a page the answer shows, scores rounded past any summation order. */
	private static List<String> describe(Ranking page) {
		return page.teachers()
			.stream()
			.map((t) -> String.format(Locale.ROOT,
					"%s %.9f %s %d/%d %s taught=%d confirmed=%d rating=%s last=%s %s %s %s", t.id(), t.score(),
					t.direction(), t.active(), t.capacity(),
					t.matched().stream().map((h) -> h.id() + "@" + h.level()).sorted().toList(), t.taught(),
					t.confirmed(), (t.rating() != null) ? String.format(Locale.ROOT, "%.9f", t.rating()) : null,
					t.lastTaught(), t.sharedInstitutions().stream().sorted().toList(),
					t.professions().stream().sorted().toList(), t.institutions().stream().sorted().toList()))
			.toList();
	}

	@Test
	void a_write_through_this_instance_is_in_the_index_before_its_answer_returns() {
		importJson(SKILLS);
		importJson(TeachingFixture.PEOPLE);
		List<SkillMatch> ehr = this.topics.resolve("EMR");
		assertThat(ids(this.index.rank(ehr, null, TeacherFilter.NONE, 0, 50))).contains("ana").doesNotContain("zed");
		importJson("""
				{ "format": "boomerang-import/1",
				  "people": [ { "id": "zed", "name": "Zed New", "careerStage": "STUDENT",
				    "skills": [{ "skill": "skill:ehr", "level": 5, "canTeach": true }] } ] }""");
		assertThat(ids(this.index.rank(ehr, null, TeacherFilter.NONE, 0, 50))).contains("zed");
		// ana stops teaching EHR: she leaves the answer at once.
		importJson("""
				{ "format": "boomerang-import/1",
				  "people": [ { "id": "ana", "name": "Ana Okafor", "careerStage": "EARLY_CAREER",
				    "skills": [{ "skill": "skill:ehr", "level": 4, "canTeach": false }] } ] }""");
		assertThat(ids(this.index.rank(ehr, null, TeacherFilter.NONE, 0, 50))).doesNotContain("ana").contains("zed");
		// A mentorship filling zed's places: zed is left out unless includeFull.
		importJson(
				"""
						{ "format": "boomerang-import/1",
						  "mentorships": [
						    { "id": "m:zed-1", "mentor": "zed", "mentee": "ben", "skills": ["skill:ehr"], "startedOn": "2026-01-05" },
						    { "id": "m:zed-2", "mentor": "zed", "mentee": "cara", "skills": ["skill:ehr"], "startedOn": "2026-01-05" } ] }""");
		assertThat(ids(this.index.rank(ehr, null, TeacherFilter.NONE, 0, 50))).doesNotContain("zed");
		Ranking full = this.index.rank(ehr, null, new TeacherFilter(null, null, null, null, null, true), 0, 50);
		assertThat(full.teachers().stream().filter((t) -> t.id().equals("zed")).findFirst().orElseThrow().active())
			.isEqualTo(2);
	}

	@Test
	void the_ranking_query_answers_when_the_index_is_switched_off() {
		importJson(SKILLS);
		importJson(TeachingFixture.PEOPLE);
		List<SkillMatch> ehr = this.topics.resolve("EMR");
		// Same first teachers either way: the query is the fallback while the index
		// builds.
		assertThat(ids(this.query.rank(ehr, "cara", TeacherFilter.NONE, 0, 50)))
			.isEqualTo(ids(this.index.rank(ehr, "cara", TeacherFilter.NONE, 0, 50)));
		assertThat(this.index.rank(ehr, "nobody", TeacherFilter.NONE, 0, 50).askerFound()).isFalse();
		assertThat(this.query.rank(ehr, "nobody", TeacherFilter.NONE, 0, 50).askerFound()).isFalse();
		// A search whose index is switched off ranks with the query and still answers
		// whole.
		TeacherIndexSync off = new TeacherIndexSync(this.index, this.repository, new TeachingProperties(false, 2000, 0),
				new SearchProperties(Duration.ofSeconds(5), Duration.ofSeconds(60), 100, 200), this.background);
		off.graphReady();
		assertThat(off.ready()).isFalse();
		TeacherMatchConnection answer = new TeacherSearch(this.topics, this.query, this.index, off, this.people)
			.whoCanTeach("EMR", "cara", null, 3, null, Reader.everything());
		assertThat(answer.edges()).hasSize(3).allSatisfy((e) -> assertThat(e.node().person().name()).isNotBlank());
		assertThat(answer.edges().stream().map((e) -> e.node().personId()).toList())
			.isEqualTo(ids(this.index.rank(ehr, "cara", TeacherFilter.NONE, 0, 3)));
	}

	@Test
	void a_person_written_directly_without_a_career_stage_is_counted_but_never_ranked() {
		importJson(SKILLS);
		importJson(TeachingFixture.PEOPLE);
		write("""
				MATCH (s:Skill {id: 'skill:ehr'})
				CREATE (:Person {id: 'odd', name: 'No Stage', updatedAt: datetime()})
				       -[:HAS_SKILL {level: 5, canTeach: true}]->(s)""", Map.of());
		this.sync.rebuildFromGraph();
		assertThat(this.sync.ready()).isTrue();
		assertThat(this.index.size()).isEqualTo(count("Person"));
		List<SkillMatch> ehr = this.topics.resolve("EMR");
		assertThat(ids(this.index.rank(ehr, null, TeacherFilter.NONE, 0, 50))).contains("ana").doesNotContain("odd");
		// As an asker, such a person gets answers without a direction.
		Ranking asked = this.index.rank(ehr, "odd", TeacherFilter.NONE, 0, 50);
		assertThat(asked.askerFound()).isTrue();
		assertThat(asked.teachers()).isNotEmpty().allSatisfy((t) -> assertThat(t.direction()).isNull());
	}

	private static List<String> ids(Ranking page) {
		return page.teachers().stream().map(Ranking.Ranked::id).toList();
	}

}
