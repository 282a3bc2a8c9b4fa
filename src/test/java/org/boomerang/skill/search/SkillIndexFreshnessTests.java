package org.boomerang.skill.search;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.boomerang.SecondInstance;
import org.boomerang.graph.EmbeddedNeo4j;
import org.boomerang.importing.ImportService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two service instances on one database: this test's context (with the embedded database)
 * and a second one started here that reaches the same database over Bolt, as a second
 * instance behind a load balancer would. The second context is needed because what is
 * tested is exactly that an instance sees writes it did not make.
 */
class SkillIndexFreshnessTests extends SearchTestSupport {

	/** A guard against hanging, not a timing: the second instance polls every 200 ms. */
	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static ConfigurableApplicationContext other;

	@Autowired
	private EmbeddedNeo4j database;

	@BeforeEach
	void startSecondInstance() {
		importJson(SKILLS);
		if (other == null) {
			other = SecondInstance.start(this.database);
		}
		other.getBean(TopicResolver.class).rebuildIndex();
	}

	@AfterAll
	static void stopSecondInstance() {
		if (other != null) {
			other.close();
			other = null;
		}
	}

	@Test
	void a_skill_written_through_one_instance_is_found_by_the_other_after_its_poll() {
		TopicResolver there = other.getBean(TopicResolver.class);
		assertThat(there.resolve("hand hygiene audit")).isEmpty();
		importJson("""
				{ "format": "boomerang-import/1",
				  "skills": [ { "id": "skill:hygiene", "name": "Hand hygiene audit", "aliases": ["HHA"] } ] }""");
		// Here at once; there within its poll interval.
		assertThat(ids(this.topics.resolve("HHA"))).first().isEqualTo("skill:hygiene");
		assertThat(eventually(() -> ids(there.resolve("HHA")))).first().isEqualTo("skill:hygiene");

		other.getBean(ImportService.class).importDocument(JSON.readTree("""
				{ "format": "boomerang-import/1",
				  "skills": [ { "id": "skill:handover", "name": "Clinical handover", "aliases": ["ISBAR"] } ] }"""));
		assertThat(ids(there.resolve("ISBAR"))).first().isEqualTo("skill:handover");
		assertThat(eventually(() -> ids(this.topics.resolve("ISBAR")))).first().isEqualTo("skill:handover");
	}

	@Test
	void skills_written_or_deleted_directly_in_the_database_are_picked_up_by_polling() {
		TopicResolver there = other.getBean(TopicResolver.class);
		write("CREATE (:Skill {id: 'skill:direct', name: 'Wound care', aliases: ['dressings'], updatedAt: datetime()})",
				Map.of());
		assertThat(eventually(() -> ids(there.resolve("dressings")))).first().isEqualTo("skill:direct");
		write("MATCH (s:Skill {id: 'skill:direct'}) DETACH DELETE s", Map.of());
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(there.resolve("dressings")).isEmpty());
	}

	private static List<String> ids(List<SkillMatch> matches) {
		return matches.stream().map(SkillMatch::skillId).toList();
	}

	/** Waits, boundedly, until the answer is not empty, and returns it. */
	private static List<String> eventually(Supplier<List<String>> answer) {
		return await().atMost(PATIENCE).until(answer::get, (ids) -> !ids.isEmpty());
	}

}
