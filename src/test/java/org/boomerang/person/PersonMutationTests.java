package org.boomerang.person;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.boomerang.GraphTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class PersonMutationTests extends GraphTests {

	@BeforeEach
	void example() {
		importExample();
	}

	private static Map<String, Object> priya() {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("id", "person:priya");
		input.put("name", "Priya Nair");
		input.put("careerStage", "STUDENT");
		input.put("email", "priya@example.org");
		input.put("professions", List.of("prof:example-pharmacy"));
		input.put("affiliations", List.of(Map.of("institution", "inst:example-harbour-hospital", "role",
				"Pharmacy student", "from", "2025-09-01")));
		input.put("communities", List.of(Map.of("community", "cop:example-digital-health")));
		input.put("skills", List.of(Map.of("skill", "skill:example-podcasting", "level", 4, "canTeach", true)));
		input.put("wantsToLearn", List.of(Map.of("skill", "skill:example-ehr", "priority", 2)));
		input.put("mentoringCapacity", 1);
		input.put("visibility", "PRIVATE");
		return input;
	}

	@Test
	void upsert_person_creates_a_person_with_every_relation() {
		JsonNode priya = json(graphQl("upsert-person", "input", priya()), "upsertPerson");
		assertThat(priya.path("careerStage").asString()).isEqualTo("STUDENT");
		assertThat(priya.path("mentoringCapacity").asInt()).isEqualTo(1);
		assertThat(priya.path("visibility").asString()).isEqualTo("PRIVATE");
		assertThat(priya.path("professions").findValuesAsString("id")).containsExactly("prof:example-pharmacy");
		assertThat(priya.path("affiliations").path(0).path("from").asString()).isEqualTo("2025-09-01");
		assertThat(priya.path("affiliations").path(0).path("role").asString()).isEqualTo("Pharmacy student");
		assertThat(priya.path("communities").findValuesAsString("id")).containsExactly("cop:example-digital-health");
		assertThat(priya.path("skills").path(0).path("canTeach").asBoolean()).isTrue();
		assertThat(priya.path("wantsToLearn").path(0).path("priority").asInt()).isEqualTo(2);
		assertThat(count("Person")).isEqualTo(5);
	}

	@Test
	void upsert_person_replaces_the_stored_lists_and_defaults_what_is_left_out() {
		graphQl("upsert-person", "input", priya()).errors().verify();
		Map<String, Object> changed = Map.of("id", "person:priya", "name", "Priya Nair", "careerStage", "EARLY_CAREER",
				"skills", List.of(Map.of("skill", "skill:example-telehealth", "level", 2)));
		JsonNode priya = json(graphQl("upsert-person", "input", changed), "upsertPerson");
		assertThat(priya.path("careerStage").asString()).isEqualTo("EARLY_CAREER");
		assertThat(priya.path("skills").findValuesAsString("id")).containsExactly("skill:example-telehealth");
		assertThat(priya.path("skills").path(0).path("canTeach").asBoolean()).isFalse();
		assertThat(priya.path("professions")).isEmpty();
		assertThat(priya.path("affiliations")).isEmpty();
		assertThat(priya.path("wantsToLearn")).isEmpty();
		assertThat(priya.path("mentoringCapacity").asInt()).isEqualTo(2);
		assertThat(priya.path("visibility").asString()).isEqualTo("NETWORK");
		assertThat(count("Person")).isEqualTo(5);
	}

	@Test
	void invalid_input_is_a_bad_request_listing_every_problem_by_input_path_and_writes_nothing() {
		Map<String, Object> broken = Map.of("id", "person:priya", "name", "Priya Nair", "careerStage", "STUDENT",
				"email", "not-an-email", "skills",
				List.of(Map.of("skill", "skill:example-podcasting", "level", 7),
						Map.of("skill", "skill:unknown", "level", 2)),
				"affiliations", List.of(Map.of("institution", "inst:example-harbour-hospital", "from", "2025-09-01",
						"to", "2024-01-01")),
				"mentoringCapacity", 40);
		GraphQlTester.Response answer = graphQl("upsert-person", "input", broken);
		ResponseError error = firstError(answer);
		assertThat(code(error)).isEqualTo("BAD_REQUEST");
		// upsertPerson cannot be null, so its failure nulls the whole data.
		answer.path("").valueIsNull();
		assertThat(error.getMessage()).startsWith("upsertPerson was refused (5 problems); nothing was written")
			.contains("input.skills[0].level");
		assertThat(problems(error, "path")).containsExactlyInAnyOrder("input.email", "input.skills[0].level",
				"input.skills[1].skill", "input.affiliations[0].to", "input.mentoringCapacity");
		assertThat(problems(error, "message")).anyMatch((m) -> m.contains("unknown skill 'skill:unknown'"));
		assertThat(count("Person")).isEqualTo(4);
	}

	@Test
	void re_sending_the_same_person_changes_nothing() {
		JsonNode first = json(graphQl("upsert-person", "input", priya()), "upsertPerson");
		String updatedAt = read("MATCH (p:Person {id: 'person:priya'}) RETURN toString(p.updatedAt) AS t", Map.of())
			.records()
			.get(0)
			.get("t")
			.asString();
		JsonNode second = json(graphQl("upsert-person", "input", priya()), "upsertPerson");
		assertThat(second).isEqualTo(first);
		assertThat(read("MATCH (p:Person {id: 'person:priya'}) RETURN toString(p.updatedAt) AS t", Map.of()).records()
			.get(0)
			.get("t")
			.asString()).isEqualTo(updatedAt);
		assertThat(read("MATCH (:Person {id: 'person:priya'})-[r]->() RETURN count(r) AS c", Map.of()).records()
			.get(0)
			.get("c")
			.asInt()).isEqualTo(5);
	}

	@Test
	void a_value_of_the_wrong_type_is_refused_by_graphql_as_a_bad_request() {
		Map<String, Object> wrong = Map.of("id", "person:priya", "name", "Priya Nair", "careerStage", "PROFESSOR");
		ResponseError error = firstError(graphQl("upsert-person", "input", wrong));
		assertThat(code(error)).isEqualTo("BAD_REQUEST");
		assertThat(error.getMessage()).contains("PROFESSOR");
		ResponseError date = firstError(graphQl("upsert-person", "input", Map.of("id", "person:priya", "name", "Priya",
				"careerStage", "STUDENT", "affiliations", List.of(Map.of("institution", "inst:x", "from", "soon")))));
		assertThat(code(date)).isEqualTo("BAD_REQUEST");
		assertThat(date.getMessage()).contains("soon");
		assertThat(count("Person")).isEqualTo(4);
	}

}
