package org.boomerang.teaching;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.boomerang.security.Reader;
import org.boomerang.SecondInstance;
import org.boomerang.graph.EmbeddedNeo4j;
import org.boomerang.importing.ImportService;
import org.boomerang.skill.search.SearchTestSupport;
import org.boomerang.skill.search.TopicResolver;
import org.boomerang.teaching.index.TeacherIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two service instances on one database (this test's context and a second one reaching
 * the same database over Bolt): each instance's in-memory teacher index sees the writes
 * of the other, and writes made directly in the database, after its poll.
 */
class TeacherIndexFreshnessTests extends SearchTestSupport {

	/** A guard against hanging, not a timing: the second instance polls every 200 ms. */
	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static ConfigurableApplicationContext other;

	@Autowired
	private EmbeddedNeo4j database;

	@Autowired
	private TeacherSearch here;

	@BeforeEach
	void startSecondInstance() {
		importJson(SKILLS);
		importJson(TeachingFixture.PEOPLE);
		if (other == null) {
			other = SecondInstance.start(this.database);
		}
		other.getBean(TopicResolver.class).rebuildIndex();
		other.getBean(TeacherIndexSync.class).rebuildFromGraph();
	}

	@AfterAll
	static void stopSecondInstance() {
		if (other != null) {
			other.close();
			other = null;
		}
	}

	private static List<String> teachers(TeacherSearch search, String topic) {
		return search.whoCanTeach(topic, null, null, 50, null, Reader.everything())
			.edges()
			.stream()
			.map((e) -> e.node().personId())
			.toList();
	}

	@Test
	void a_teacher_written_through_one_instance_is_ranked_by_the_other_after_its_poll() {
		TeacherSearch there = other.getBean(TeacherSearch.class);
		assertThat(other.getBean(TeacherIndexSync.class).ready()).isTrue();
		assertThat(teachers(there, "EMR")).contains("ana").doesNotContain("zed");
		importJson("""
				{ "format": "boomerang-import/1",
				  "people": [ { "id": "zed", "name": "Zed New", "careerStage": "STUDENT",
				    "skills": [{ "skill": "skill:ehr", "level": 5, "canTeach": true }] } ] }""");
		assertThat(teachers(this.here, "EMR")).contains("zed");
		assertThat(eventually(() -> teachers(there, "EMR"), (ids) -> ids.contains("zed"))).contains("zed");

		// Two mentorships started over there fill zed's places: seen here after the poll.
		other.getBean(ImportService.class)
			.importDocument(JSON.readTree(
					"""
							{ "format": "boomerang-import/1",
							  "mentorships": [
							    { "id": "m:zed-1", "mentor": "zed", "mentee": "ana", "skills": ["skill:ehr"], "startedOn": "2026-01-05" },
							    { "id": "m:zed-2", "mentor": "zed", "mentee": "cara", "skills": ["skill:ehr"], "startedOn": "2026-01-05" } ]
							}"""));
		assertThat(teachers(there, "EMR")).doesNotContain("zed");
		assertThat(eventually(() -> teachers(this.here, "EMR"), (ids) -> !ids.contains("zed"))).doesNotContain("zed");
	}

	@Test
	void teachers_changed_or_deleted_directly_in_the_database_are_picked_up_by_polling() {
		TeacherSearch there = other.getBean(TeacherSearch.class);
		assertThat(teachers(there, "EMR")).contains("jo", "ana");
		write("MATCH (:Person {id: 'jo'})-[h:HAS_SKILL]->(:Skill {id: 'skill:ehr'}) SET h.canTeach = false"
				+ " WITH 1 AS one MATCH (p:Person {id: 'jo'}) SET p.updatedAt = datetime()", Map.of());
		assertThat(eventually(() -> teachers(there, "EMR"), (ids) -> !ids.contains("jo"))).doesNotContain("jo")
			.contains("ana");
		write("MATCH (p:Person {id: 'ana'}) DETACH DELETE p", Map.of());
		assertThat(eventually(() -> teachers(there, "EMR"), (ids) -> !ids.contains("ana"))).doesNotContain("ana");
		// The index itself notices the missing person and rebuilds.
		TeacherIndex index = other.getBean(TeacherIndex.class);
		TeacherIndexSync sync = other.getBean(TeacherIndexSync.class);
		await().atMost(PATIENCE).untilAsserted(() -> {
			assertThat(sync.ready()).isTrue();
			assertThat(index.get("ana")).isNull();
		});
		assertThat(index.get("jo")).isNotNull();
	}

	/** Waits, boundedly, until the answer passes, and returns it. */
	private static List<String> eventually(Supplier<List<String>> answer, Predicate<List<String>> done) {
		return await().atMost(PATIENCE).until(answer::get, done);
	}

}
