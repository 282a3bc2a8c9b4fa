package org.boomerang.directory;

import org.boomerang.GraphTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryGraphQlTests extends GraphTests {

	@BeforeEach
	void example() {
		importExample();
	}

	@Test
	void institution_profession_and_community_read_with_their_people() {
		JsonNode data = json(graphQl("directory", "institution", "inst:example-harbour-hospital", "profession",
				"prof:example-medicine", "community", "cop:example-digital-health"), "");
		JsonNode hospital = data.path("institution");
		assertThat(hospital.path("name").asString()).isEqualTo("Harbour City Hospital");
		assertThat(hospital.path("kind").asString()).isEqualTo("HOSPITAL");
		assertThat(hospital.path("people").findValuesAsString("id")).containsExactly("person:example-ana",
				"person:example-malcolm", "person:example-sofia");
		JsonNode medicine = data.path("profession");
		assertThat(medicine.path("escoOccupation").asString()).startsWith("http://data.europa.eu/esco/occupation/");
		assertThat(medicine.path("people").findValuesAsString("id")).containsExactly("person:example-lin",
				"person:example-malcolm");
		JsonNode community = data.path("community");
		assertThat(community.path("description").asString()).startsWith("Clinicians and educators");
		assertThat(community.path("focus").findValuesAsString("id")).containsExactly("skill:example-digital-health");
		assertThat(community.path("members").findValuesAsString("name")).containsExactly("Ana Okafor", "Dr Lin Chen");
	}

	@Test
	void unknown_ids_are_null() {
		GraphQlTester.Response answer = graphQl("directory", "institution", "inst:none", "profession", "prof:none",
				"community", "cop:none");
		answer.path("institution").valueIsNull();
		answer.path("profession").valueIsNull();
		answer.path("community").valueIsNull();
	}

	@Test
	void institutions_and_professions_page_in_name_order_for_pickers() {
		JsonNode first = json(graphQl("institutions-and-professions", "first", 2), "");
		assertThat(first.path("institutions").path("edges").findValuesAsString("name"))
			.containsExactly("Bridge Medical Research Institute", "Coastal University");
		assertThat(first.path("institutions").path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
		assertThat(first.path("professions").path("edges").findValuesAsString("name"))
			.containsExactly("Health professions education", "Medicine");
		JsonNode rest = json(graphQl("institutions-and-professions", "first", 10, "institutionsAfter",
				first.path("institutions").path("pageInfo").path("endCursor").asString(), "professionsAfter",
				first.path("professions").path("pageInfo").path("endCursor").asString()), "");
		assertThat(rest.path("institutions").path("edges").findValuesAsString("id"))
			.containsExactly("inst:example-harbour-hospital");
		assertThat(rest.path("institutions").path("pageInfo").path("hasNextPage").asBoolean()).isFalse();
		assertThat(rest.path("professions").path("edges").findValuesAsString("name")).containsExactly("Pharmacy",
				"Physiotherapy");
	}

	@Test
	void a_page_too_large_or_a_cursor_of_something_else_is_a_bad_request() {
		assertThat(code(firstError(graphQl("institutions-and-professions", "first", 101)))).isEqualTo("BAD_REQUEST");
		JsonNode professions = json(graphQl("institutions-and-professions", "first", 1), "professions");
		ResponseError error = firstError(graphQl("institutions-and-professions", "first", 1, "institutionsAfter",
				professions.path("pageInfo").path("endCursor").asString()));
		assertThat(code(error)).isEqualTo("BAD_REQUEST");
		assertThat(error.getMessage()).contains("is not a cursor of institutions");
	}

}
