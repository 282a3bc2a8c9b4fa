package org.boomerang.person;

import org.boomerang.GraphTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class PersonGraphQlTests extends GraphTests {

	@BeforeEach
	void example() {
		importExample();
	}

	@Test
	void a_person_reads_with_every_relation_as_objects() {
		JsonNode malcolm = json(graphQl("person-with-relations", "id", "person:example-malcolm"), "person");
		assertThat(malcolm.path("name").asString()).isEqualTo("Prof. Malcolm Reid");
		assertThat(malcolm.path("careerStage").asString()).isEqualTo("SENIOR");
		assertThat(malcolm.path("mentoringCapacity").asInt()).isEqualTo(3);
		assertThat(malcolm.path("visibility").asString()).isEqualTo("NETWORK");
		assertThat(malcolm.path("createdAt").asString()).isNotBlank();
		assertThat(malcolm.path("professions").findValuesAsString("id")).containsExactly("prof:example-education",
				"prof:example-medicine");
		assertThat(malcolm.path("affiliations")).hasSize(2);
		JsonNode university = malcolm.path("affiliations").path(0);
		assertThat(university.path("institution").path("id").asString()).isEqualTo("inst:example-coastal-university");
		assertThat(university.path("institution").path("kind").asString()).isEqualTo("UNIVERSITY");
		assertThat(university.path("role").asString()).isEqualTo("Professor of Paediatrics");
		assertThat(university.path("from").asString()).isEqualTo("2005-01-01");
		assertThat(university.path("to").isNull()).isTrue();
		JsonNode community = malcolm.path("communities").path(0);
		assertThat(community.path("community").path("id").asString()).isEqualTo("cop:example-clinical-teaching");
		assertThat(community.path("community").path("focus").path(0).path("id").asString())
			.isEqualTo("skill:example-clinical-reasoning");
		assertThat(malcolm.path("skills").path(0).path("skill").path("id").asString())
			.isEqualTo("skill:example-clinical-reasoning");
		assertThat(malcolm.path("skills").path(0).path("level").asInt()).isEqualTo(5);
		assertThat(malcolm.path("skills").path(0).path("canTeach").asBoolean()).isTrue();
		assertThat(malcolm.path("skills").path(1).path("canTeach").asBoolean()).isFalse();
		assertThat(malcolm.path("wantsToLearn").findValuesAsString("id")).containsExactly("skill:example-podcasting",
				"skill:example-ehr");
		assertThat(malcolm.path("wantsToLearn").path(0).path("priority").asInt()).isEqualTo(1);
	}

	@Test
	void an_unknown_person_is_null_without_an_error() {
		graphQl("person-with-relations", "id", "person:nobody").path("person").valueIsNull();
	}

	@Test
	void visibility_and_defaults_of_the_import_show() {
		graphQl("person-with-relations", "id", "person:example-sofia").path("person.visibility")
			.entity(String.class)
			.isEqualTo("INSTITUTION");
		graphQl("person-with-relations", "id", "person:example-lin").path("person.mentoringCapacity")
			.entity(Integer.class)
			.isEqualTo(2);
	}

}
