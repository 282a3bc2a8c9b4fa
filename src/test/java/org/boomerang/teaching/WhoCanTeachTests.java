package org.boomerang.teaching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.boomerang.skill.search.SearchTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class WhoCanTeachTests extends SearchTestSupport {

	@BeforeEach
	void people() {
		importJson(SKILLS);
		importJson(TeachingFixture.PEOPLE);
	}

	private JsonNode who(String topic, String asker, Map<String, Object> filter, Integer first, String after) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("topic", topic);
		variables.put("asker", asker);
		variables.put("filter", filter);
		variables.put("first", first);
		variables.put("after", after);
		return json(graphQl("who-can-teach", variables), "whoCanTeach");
	}

	private List<String> ids(String topic, String asker, Map<String, Object> filter) {
		return field(who(topic, asker, filter, 50, null).path("edges"), "node.person.id");
	}

	private JsonNode node(JsonNode connection, String personId) {
		for (JsonNode edge : connection.path("edges")) {
			if (edge.path("node").path("person").path("id").asString().equals(personId)) {
				return edge.path("node");
			}
		}
		throw new AssertionError(personId + " is not in " + connection);
	}

	@Test
	void only_people_who_offer_to_teach_a_matched_skill_are_offered() {
		List<String> ids = ids("EMR", null, null);
		assertThat(ids).contains("jo", "ana", "cara", "eve", "hal").doesNotContain("dan");
		JsonNode ana = node(who("EMR", null, null, 50, null), "ana");
		assertThat(ana.path("skills").path(0).path("skill").path("id").asString()).isEqualTo("skill:ehr");
		assertThat(ana.path("skills").path(0).path("via").asString()).isEqualTo("ALIAS");
		assertThat(ana.path("skills").path(0).path("canTeach").asBoolean()).isTrue();
		assertThat(ana.path("reasons").path(0).asString())
			.isEqualTo("Teaches Electronic health records at level 4; matched your word EMR, another name for it.");
	}

	@Test
	void a_recorded_teaching_history_ranks_a_teacher_above_one_of_the_same_level_without() {
		List<String> ids = ids("electronic health records", null, null);
		assertThat(ids.indexOf("jo")).isLessThan(ids.indexOf("ana"));
		assertThat(ids.get(0)).isEqualTo("jo");
		JsonNode jo = node(who("EMR", null, null, 50, null), "jo");
		assertThat(jo.path("reasons").toString())
			.contains("Taught it 3 times, 2 confirmed by learners, average rating 4.5; most recently on 2026-10-15.");
		assertThat(node(who("EMR", null, null, 50, null), "ana").path("reasons").toString())
			.contains("Has no recorded teaching of it yet.");
	}

	@Test
	void a_higher_level_in_the_matched_skill_ranks_higher() {
		List<String> ids = ids("EMR", null, null);
		assertThat(ids.indexOf("ana")).isLessThan(ids.indexOf("cara"));
	}

	@Test
	void people_at_capacity_are_left_out_unless_include_full_and_then_marked_unavailable() {
		assertThat(ids("EMR", null, null)).doesNotContain("ben");
		JsonNode all = who("EMR", null, Map.of("includeFull", true), 50, null);
		JsonNode ben = node(all, "ben");
		assertThat(ben.path("available").asBoolean()).isFalse();
		assertThat(ben.path("activeMentorships").asInt()).isEqualTo(1);
		assertThat(ben.path("reasons").toString()).contains("All 1 mentoring places are taken");
		JsonNode ana = node(all, "ana");
		assertThat(ana.path("available").asBoolean()).isTrue();
		assertThat(ana.path("reasons").toString()).contains("2 of 2 mentoring places free.");
		// Ben teaches at level 5 but is full: he ranks below the available level-4
		// teachers.
		List<String> ids = field(all.path("edges"), "node.person.id");
		assertThat(ids.indexOf("ben")).isGreaterThan(ids.indexOf("ana"));
	}

	@Test
	void holders_of_narrower_and_broader_skills_count_discounted() {
		JsonNode answer = who("EMR", null, null, 50, null);
		List<String> ids = field(answer.path("edges"), "node.person.id");
		JsonNode eve = node(answer, "eve");
		assertThat(eve.path("skills").path(0).path("via").asString()).isEqualTo("NARROWER");
		assertThat(eve.path("reasons").path(0).asString()).contains("a specialised part of Electronic health records");
		JsonNode hal = node(answer, "hal");
		assertThat(hal.path("skills").path(0).path("via").asString()).isEqualTo("BROADER");
		assertThat(ids.indexOf("ana")).isLessThan(ids.indexOf("eve"));
		assertThat(ids.indexOf("eve")).isLessThan(ids.indexOf("hal"));
		assertThat(field(answer.path("resolvedSkills"), "skill.id")).startsWith("skill:ehr");
	}

	@Test
	void a_misspelt_topic_still_finds_its_teachers() {
		assertThat(ids("electronc helth records", null, null)).startsWith("jo");
		assertThat(ids("podcastng", null, null)).containsExactly("ana");
	}

	@Test
	void the_institution_filter_keeps_current_affiliates_only() {
		assertThat(ids("EMR", null, Map.of("institution", "inst:uni"))).containsExactlyInAnyOrder("jo", "cara", "eve",
				"hal");
		// Ivy left the University in 2000.
		assertThat(ids("clinical reasoning", null, Map.of("institution", "inst:uni"))).containsExactly("cara");
	}

	@Test
	void the_profession_filter_keeps_that_profession_only() {
		assertThat(ids("EMR", null, Map.of("profession", "prof:nursing"))).containsExactly("jo");
		assertThat(ids("EMR", null, Map.of("profession", "prof:nursing", "includeFull", true)))
			.containsExactlyInAnyOrder("jo", "ben");
	}

	@Test
	void other_professions_only_leaves_out_the_askers_professions() {
		List<String> ids = ids("EMR", "ivy", Map.of("otherProfessionsOnly", true));
		assertThat(ids).contains("jo", "ana", "eve").doesNotContain("cara", "hal");
		assertThat(node(who("EMR", "ivy", null, 50, null), "jo").path("reasons").toString())
			.contains("Brings another profession's view (Nursing).");
	}

	@Test
	void reverse_only_returns_teachers_below_the_askers_stage() {
		List<String> ids = ids("EMR", "ivy", Map.of("reverseOnly", true));
		assertThat(ids).contains("jo", "ana", "eve", "gus").doesNotContain("cara", "hal");
		assertThat(ids("EMR", "eve", Map.of("reverseOnly", true))).containsExactlyInAnyOrder("jo", "ana");
	}

	@Test
	void min_level_leaves_out_lower_levels() {
		List<String> ids = ids("EMR", null, Map.of("minLevel", 4));
		assertThat(ids).contains("jo", "ana", "eve", "hal").doesNotContain("cara");
	}

	@Test
	void direction_is_relative_to_the_askers_career_stage() {
		JsonNode forIvy = who("EMR", "ivy", null, 50, null);
		assertThat(node(forIvy, "ana").path("direction").asString()).isEqualTo("REVERSE");
		assertThat(node(forIvy, "cara").path("direction").asString()).isEqualTo("PEER");
		assertThat(node(forIvy, "ana").path("reasons").toString())
			.contains("Reverse mentoring: Ana Okafor is at an earlier career stage (early career) than you (senior).");
		JsonNode forAna = who("clinical reasoning", "ana", null, 50, null);
		assertThat(node(forAna, "cara").path("direction").asString()).isEqualTo("TRADITIONAL");
		assertThat(node(who("EMR", null, null, 50, null), "ana").path("direction").isNull()).isTrue();
	}

	@Test
	void the_asker_never_matches_themself() {
		assertThat(ids("EMR", "ana", null)).contains("jo").doesNotContain("ana");
		assertThat(ids("podcasting", "ana", null)).isEmpty();
	}

	@Test
	void private_people_are_never_offered_and_institution_only_people_only_to_colleagues() {
		assertThat(ids("EMR", null, null)).doesNotContain("fay", "gus");
		assertThat(ids("EMR", "ivy", null)).contains("gus").doesNotContain("fay");
		assertThat(ids("EMR", "eve", null)).doesNotContain("gus", "fay");
		assertThat(node(who("EMR", "ivy", null, 50, null), "gus").path("reasons").toString())
			.contains("Works at Harbour City Hospital, as you do.");
	}

	@Test
	void pages_follow_each_other_through_opaque_cursors_without_overlap() {
		JsonNode all = who("EMR", null, null, 50, null);
		List<String> everyone = field(all.path("edges"), "node.person.id");
		assertThat(all.path("totalCount").asInt()).isEqualTo(everyone.size());
		List<String> paged = new ArrayList<>();
		String after = null;
		int pages = 0;
		do {
			JsonNode page = who("EMR", null, null, 2, after);
			assertThat(page.path("edges").size()).isLessThanOrEqualTo(2);
			paged.addAll(field(page.path("edges"), "node.person.id"));
			after = page.path("pageInfo").path("endCursor").asString(null);
			pages++;
			if (!page.path("pageInfo").path("hasNextPage").asBoolean()) {
				break;
			}
		}
		while (pages < 10);
		assertThat(paged).isEqualTo(everyone);
		assertThat(pages).isEqualTo((everyone.size() + 1) / 2);
	}

	@Test
	void bad_arguments_are_refused_with_a_bad_request_that_says_what_to_change() {
		Map<String, Object> tooMany = new HashMap<>(Map.of("topic", "EMR", "first", 101));
		GraphQlTester.Response answer = graphQl("who-can-teach", tooMany);
		assertThat(errorCodes(answer)).containsExactly("BAD_REQUEST");
		assertThat(firstError(answer).getMessage()).contains("at most 100");
		assertThat(errorCodes(graphQl("who-can-teach", Map.of("topic", "EMR", "after", "not-a-cursor"))))
			.containsExactly("BAD_REQUEST");
		assertThat(errorCodes(graphQl("who-can-teach", Map.of("topic", "EMR", "filter", Map.of("minLevel", 6)))))
			.containsExactly("BAD_REQUEST");
		assertThat(errorCodes(graphQl("who-can-teach", Map.of("topic", "EMR", "filter", Map.of("reverseOnly", true)))))
			.containsExactly("BAD_REQUEST");
		assertThat(errorCodes(graphQl("who-can-teach", Map.of("topic", "EMR", "asker", "nobody"))))
			.containsExactly("NOT_FOUND");
	}

	@Test
	void hostile_topics_get_an_answer_or_a_bad_request_and_never_a_server_error() {
		for (String topic : List.of("C++", "\"", "AND(", "*:*", "\\", "x".repeat(5000))) {
			GraphQlTester.Response answer = graphQl("who-can-teach", Map.of("topic", topic));
			assertThat(errorCodes(answer)).as(topic).doesNotContain("INTERNAL_ERROR");
			if (topic.length() > 200) {
				assertThat(errorCodes(answer)).containsExactly("BAD_REQUEST");
			}
			else {
				assertThat(errorCodes(answer)).as(topic).isEmpty();
				assertThat(json(answer, "whoCanTeach.edges").isArray()).isTrue();
			}
		}
	}

}
