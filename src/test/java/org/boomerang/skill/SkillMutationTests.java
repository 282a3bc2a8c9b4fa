package org.boomerang.skill;

import java.util.List;
import java.util.Map;

import org.boomerang.GraphTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.graphql.ResponseError;

import static org.assertj.core.api.Assertions.assertThat;

class SkillMutationTests extends GraphTests {

	@BeforeEach
	void example() {
		importExample();
	}

	@Test
	void upsert_skill_creates_a_skill_under_its_broader_skills() {
		JsonNode redcap = json(graphQl("upsert-skill", "input",
				Map.of("id", "skill:redcap", "name", "REDCap data capture", "aliases", List.of("REDCap"), "description",
						"Building research databases in REDCap.", "broader", List.of("skill:example-digital-health"))),
				"upsertSkill");
		assertThat(redcap.path("aliases").path(0).asString()).isEqualTo("REDCap");
		assertThat(redcap.path("broader").findValuesAsString("id")).containsExactly("skill:example-digital-health");
		assertThat(count("Skill")).isEqualTo(7);
	}

	@Test
	void upsert_skill_replaces_aliases_and_broader_links() {
		JsonNode ehr = json(graphQl("upsert-skill", "input",
				Map.of("id", "skill:example-ehr", "name", "Electronic health records", "aliases", List.of("EHR"))),
				"upsertSkill");
		assertThat(ehr.path("aliases")).hasSize(1);
		assertThat(ehr.path("broader")).isEmpty();
		assertThat(ehr.path("escoUri").isNull()).isTrue();
	}

	@Test
	void a_cycle_or_an_unknown_broader_skill_is_a_bad_request_and_nothing_changes() {
		ResponseError error = firstError(graphQl("upsert-skill", "input", Map.of("id", "skill:example-digital-health",
				"name", "Digital health", "broader", List.of("skill:example-ehr", "skill:nowhere"))));
		assertThat(code(error)).isEqualTo("BAD_REQUEST");
		assertThat(problems(error, "path")).contains("input.broader[1]");
		assertThat(error.getMessage()).contains("skill:nowhere");
		assertThat(read("MATCH (:Skill {id: 'skill:example-digital-health'})-[r:BROADER]->() RETURN count(r) AS c",
				Map.of())
			.records()
			.get(0)
			.get("c")
			.asInt()).isZero();
	}

	@Test
	void an_invalid_id_is_reported_at_input_id() {
		ResponseError error = firstError(
				graphQl("upsert-skill", "input", Map.of("id", "skill with spaces", "name", "x")));
		assertThat(code(error)).isEqualTo("BAD_REQUEST");
		assertThat(problems(error, "path")).first().isEqualTo("input.id");
	}

}
