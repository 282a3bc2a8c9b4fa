package org.boomerang.person;

import java.util.List;
import java.util.Map;

import org.boomerang.GraphTests;
import org.boomerang.access.AccessFixture;
import org.boomerang.security.Scopes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * updateMyProfile: a person edits their own skills, wants, visibility and capacity; the
 * HR facts stay as imported; the rules and problem paths are those of upsertPerson.
 */
class MyProfileTests extends GraphTests {

	@BeforeEach
	void network() {
		importJson(AccessFixture.NETWORK);
	}

	private GraphQlTester.Response update(String token, Map<String, Object> input) {
		return graphQlAs(token).documentName("update-my-profile").variable("input", input).execute();
	}

	@Test
	void a_person_edits_their_own_fields_and_keeps_their_hr_facts() {
		Map<String, Object> input = Map.of("skills",
				List.of(Map.of("skill", "skill:podcasting", "level", 2),
						Map.of("skill", "skill:ehr", "level", 5, "canTeach", false)),
				"wantsToLearn", List.of(Map.of("skill", "skill:podcasting", "priority", 1)), "visibility", "PRIVATE",
				"mentoringCapacity", 4);
		JsonNode ana = json(update(this.tokens.staff("ana"), input), "updateMyProfile");
		assertThat(ana.path("id").asString()).isEqualTo("ana");
		assertThat(ana.path("visibility").asString()).isEqualTo("PRIVATE");
		assertThat(ana.path("mentoringCapacity").asInt()).isEqualTo(4);
		assertThat(ana.path("skills").findValuesAsString("id")).containsExactly("skill:ehr", "skill:podcasting");
		assertThat(ana.path("skills").path(0).path("canTeach").asBoolean()).isFalse();
		assertThat(ana.path("wantsToLearn").path(0).path("priority").asInt()).isEqualTo(1);
		// HR facts as imported.
		assertThat(ana.path("name").asString()).isEqualTo("Ana Reyes");
		assertThat(ana.path("careerStage").asString()).isEqualTo("STUDENT");
		assertThat(ana.path("email").asString()).isEqualTo("ana@harbour.example");
		assertThat(ana.path("professions").findValuesAsString("id")).containsExactly("prof:nursing");
		assertThat(ana.path("affiliations").findValuesAsString("id")).containsExactly("inst:harbour");
		assertThat(ana.path("communities").findValuesAsString("id")).containsExactly("cop:digital");
	}

	@Test
	void fields_left_out_keep_their_stored_values_and_a_replay_changes_nothing() {
		Object before = read("MATCH (p:Person {id: 'bo'}) RETURN p.updatedAt AS at", Map.of()).records()
			.get(0)
			.get("at")
			.asObject();
		JsonNode bo = json(update(this.tokens.staff("bo"), Map.of("mentoringCapacity", 3)), "updateMyProfile");
		assertThat(bo.path("visibility").asString()).isEqualTo("INSTITUTION");
		assertThat(bo.path("skills").findValuesAsString("id")).containsExactly("skill:ehr");
		assertThat(bo.path("mentoringCapacity").asInt()).isEqualTo(3);
		Object changed = read("MATCH (p:Person {id: 'bo'}) RETURN p.updatedAt AS at", Map.of()).records()
			.get(0)
			.get("at")
			.asObject();
		assertThat(changed).isNotEqualTo(before);
		update(this.tokens.staff("bo"), Map.of("mentoringCapacity", 3)).errors().verify();
		Object again = read("MATCH (p:Person {id: 'bo'}) RETURN p.updatedAt AS at", Map.of()).records()
			.get(0)
			.get("at")
			.asObject();
		assertThat(again).isEqualTo(changed);
	}

	@Test
	void invalid_input_is_refused_with_paths_relative_to_input_and_writes_nothing() {
		GraphQlTester.Response answer = update(this.tokens.staff("ana"),
				Map.of("skills", List.of(Map.of("skill", "skill:unknown", "level", 7)), "mentoringCapacity", 99));
		ResponseError error = firstError(answer);
		assertThat(code(error)).isEqualTo("BAD_REQUEST");
		assertThat(error.getMessage()).startsWith("updateMyProfile was refused");
		assertThat(problems(error, "path")).contains("input.skills[0].level", "input.skills[0].skill",
				"input.mentoringCapacity");
		assertThat(read("MATCH (:Person {id: 'ana'})-[r:HAS_SKILL]->(s) RETURN s.id AS id", Map.of()).records())
			.extracting((r) -> r.get("id").asString())
			.containsExactly("skill:ehr");
	}

	@Test
	void a_sign_in_without_a_person_has_no_profile_to_edit() {
		for (String token : List.of(this.tokens.admin(), this.tokens.client("hr", Scopes.IMPORT))) {
			ResponseError error = firstError(update(token, Map.of("mentoringCapacity", 1)));
			assertThat(code(error)).isEqualTo("FORBIDDEN");
			assertThat(error.getMessage()).contains("names no person of the network");
		}
	}

}
