package org.boomerang.person;

import java.util.List;
import java.util.Map;

import org.boomerang.GraphQlClient;
import org.boomerang.GraphQlClient.Answer;
import org.boomerang.GraphTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class PersonMutationTests extends GraphTests {

	private GraphQlClient graphql;

	@BeforeEach
	void example() {
		this.graphql = new GraphQlClient(this.port);
		importExample();
	}

	private static Map<String, Object> priya() {
		return GraphQlClient.vars("id", "person:priya", "name", "Priya Nair", "careerStage", "STUDENT", "email",
				"priya@example.org", "professions", List.of("prof:example-pharmacy"), "affiliations",
				List.of(Map.of("institution", "inst:example-harbour-hospital", "role", "Pharmacy student", "from",
						"2025-09-01")),
				"communities", List.of(Map.of("community", "cop:example-digital-health")), "skills",
				List.of(Map.of("skill", "skill:example-podcasting", "level", 4, "canTeach", true)), "wantsToLearn",
				List.of(Map.of("skill", "skill:example-ehr", "priority", 2)), "mentoringCapacity", 1, "visibility",
				"PRIVATE");
	}

	@Test
	void upsert_person_creates_a_person_with_every_relation() {
		Answer answer = this.graphql.run("upsert-person", "input", priya());
		assertThat(answer.errors().isMissingNode()).as(answer.body().toString()).isTrue();
		JsonNode priya = answer.data().path("upsertPerson");
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
		this.graphql.run("upsert-person", "input", priya());
		Map<String, Object> changed = Map.of("id", "person:priya", "name", "Priya Nair", "careerStage", "EARLY_CAREER",
				"skills", List.of(Map.of("skill", "skill:example-telehealth", "level", 2)));
		JsonNode priya = this.graphql.run("upsert-person", "input", changed).data().path("upsertPerson");
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
		Answer answer = this.graphql.run("upsert-person", "input", broken);
		assertThat(answer.code()).isEqualTo("BAD_REQUEST");
		assertThat(answer.data().isNull() || answer.data().isMissingNode()).isTrue();
		assertThat(answer.message()).startsWith("upsertPerson was refused (5 problems); nothing was written")
			.contains("input.skills[0].level");
		JsonNode problems = answer.errors().path(0).path("extensions").path("problems");
		assertThat(problems.findValuesAsString("path")).containsExactlyInAnyOrder("input.email",
				"input.skills[0].level", "input.skills[1].skill", "input.affiliations[0].to",
				"input.mentoringCapacity");
		assertThat(problems.findValuesAsString("message")).anyMatch((m) -> m.contains("unknown skill 'skill:unknown'"));
		assertThat(count("Person")).isEqualTo(4);
	}

	@Test
	void re_sending_the_same_person_changes_nothing() {
		JsonNode first = this.graphql.run("upsert-person", "input", priya()).data().path("upsertPerson");
		String updatedAt = read("MATCH (p:Person {id: 'person:priya'}) RETURN toString(p.updatedAt) AS t", Map.of())
			.records()
			.get(0)
			.get("t")
			.asString();
		JsonNode second = this.graphql.run("upsert-person", "input", priya()).data().path("upsertPerson");
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
		Answer answer = this.graphql.run("upsert-person", "input", wrong);
		assertThat(answer.code()).isEqualTo("BAD_REQUEST");
		assertThat(answer.message()).contains("PROFESSOR");
		Answer date = this.graphql.run("upsert-person", "input", Map.of("id", "person:priya", "name", "Priya",
				"careerStage", "STUDENT", "affiliations", List.of(Map.of("institution", "inst:x", "from", "soon"))));
		assertThat(date.code()).isEqualTo("BAD_REQUEST");
		assertThat(date.message()).contains("soon");
		assertThat(count("Person")).isEqualTo(4);
	}

}
