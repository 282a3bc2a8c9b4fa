package org.boomerang.skill;

import org.boomerang.GraphTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class SkillGraphQlTests extends GraphTests {

	@BeforeEach
	void example() {
		importExample();
	}

	@Test
	void a_skill_reads_with_its_broader_skills() {
		JsonNode ehr = json(graphQl("skill-with-taxonomy", "id", "skill:example-ehr"), "skill");
		assertThat(ehr.path("name").asString()).isEqualTo("Electronic health records");
		assertThat(ehr.path("aliases").valueStream().map(JsonNode::asString)).containsExactly("EHR", "EMR", "eMR",
				"electronic medical record");
		assertThat(ehr.path("escoUri").asString()).startsWith("http://data.europa.eu/esco/skill/");
		assertThat(ehr.path("broader").findValuesAsString("id")).containsExactly("skill:example-digital-health");
		assertThat(ehr.path("narrower")).isEmpty();
	}

	@Test
	void a_broad_skill_lists_its_narrower_skills_by_name() {
		JsonNode digital = json(graphQl("skill-with-taxonomy", "id", "skill:example-digital-health"), "skill");
		assertThat(digital.path("broader")).isEmpty();
		assertThat(digital.path("communities").findValuesAsString("id")).containsExactly("cop:example-digital-health");
		assertThat(digital.path("narrower").findValuesAsString("name")).containsExactly("E-learning module design",
				"Electronic health records", "Telehealth consultations");
		assertThat(digital.path("narrower").path(0).path("broader").path(0).path("id").asString())
			.isEqualTo("skill:example-digital-health");
	}

}
