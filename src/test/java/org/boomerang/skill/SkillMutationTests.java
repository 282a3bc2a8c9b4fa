package org.boomerang.skill;

import java.util.List;
import java.util.Map;

import org.boomerang.GraphQlClient;
import org.boomerang.GraphQlClient.Answer;
import org.boomerang.GraphTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class SkillMutationTests extends GraphTests {

	private GraphQlClient graphql;

	@BeforeEach
	void example() {
		this.graphql = new GraphQlClient(this.port);
		importExample();
	}

	@Test
	void upsert_skill_creates_a_skill_under_its_broader_skills() {
		Answer answer = this.graphql.run("upsert-skill", "input",
				Map.of("id", "skill:redcap", "name", "REDCap data capture", "aliases", List.of("REDCap"), "description",
						"Building research databases in REDCap.", "broader", List.of("skill:example-digital-health")));
		assertThat(answer.errors().isMissingNode()).as(answer.body().toString()).isTrue();
		JsonNode redcap = answer.data().path("upsertSkill");
		assertThat(redcap.path("aliases").path(0).asString()).isEqualTo("REDCap");
		assertThat(redcap.path("broader").findValuesAsString("id")).containsExactly("skill:example-digital-health");
		assertThat(count("Skill")).isEqualTo(7);
	}

	@Test
	void upsert_skill_replaces_aliases_and_broader_links() {
		JsonNode ehr = this.graphql
			.run("upsert-skill", "input",
					Map.of("id", "skill:example-ehr", "name", "Electronic health records", "aliases", List.of("EHR")))
			.data()
			.path("upsertSkill");
		assertThat(ehr.path("aliases")).hasSize(1);
		assertThat(ehr.path("broader")).isEmpty();
		assertThat(ehr.path("escoUri").isNull()).isTrue();
	}

	@Test
	void a_cycle_or_an_unknown_broader_skill_is_a_bad_request_and_nothing_changes() {
		Answer answer = this.graphql.run("upsert-skill", "input", Map.of("id", "skill:example-digital-health", "name",
				"Digital health", "broader", List.of("skill:example-ehr", "skill:nowhere")));
		assertThat(answer.code()).isEqualTo("BAD_REQUEST");
		JsonNode problems = answer.errors().path(0).path("extensions").path("problems");
		assertThat(problems.findValuesAsString("path")).contains("input.broader[1]");
		assertThat(answer.message()).contains("skill:nowhere");
		assertThat(read("MATCH (:Skill {id: 'skill:example-digital-health'})-[r:BROADER]->() RETURN count(r) AS c",
				Map.of())
			.records()
			.get(0)
			.get("c")
			.asInt()).isZero();
	}

	@Test
	void an_invalid_id_is_reported_at_input_id() {
		Answer answer = this.graphql.run("upsert-skill", "input", Map.of("id", "skill with spaces", "name", "x"));
		assertThat(answer.code()).isEqualTo("BAD_REQUEST");
		assertThat(answer.errors().path(0).path("extensions").path("problems").path(0).path("path").asString())
			.isEqualTo("input.id");
	}

}
