package org.boomerang.directory;

import org.boomerang.GraphQlClient;
import org.boomerang.GraphQlClient.Answer;
import org.boomerang.GraphTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryGraphQlTests extends GraphTests {

	private GraphQlClient graphql;

	@BeforeEach
	void example() {
		this.graphql = new GraphQlClient(this.port);
		importExample();
	}

	@Test
	void institution_profession_and_community_read_with_their_people() {
		Answer answer = this.graphql.run("directory", "institution", "inst:example-harbour-hospital", "profession",
				"prof:example-medicine", "community", "cop:example-digital-health");
		assertThat(answer.errors().isMissingNode()).as(answer.body().toString()).isTrue();
		JsonNode hospital = answer.data().path("institution");
		assertThat(hospital.path("name").asString()).isEqualTo("Harbour City Hospital");
		assertThat(hospital.path("kind").asString()).isEqualTo("HOSPITAL");
		assertThat(hospital.path("people").findValuesAsString("id")).containsExactly("person:example-ana",
				"person:example-malcolm", "person:example-sofia");
		JsonNode medicine = answer.data().path("profession");
		assertThat(medicine.path("escoOccupation").asString()).startsWith("http://data.europa.eu/esco/occupation/");
		assertThat(medicine.path("people").findValuesAsString("id")).containsExactly("person:example-lin",
				"person:example-malcolm");
		JsonNode community = answer.data().path("community");
		assertThat(community.path("description").asString()).startsWith("Clinicians and educators");
		assertThat(community.path("focus").findValuesAsString("id")).containsExactly("skill:example-digital-health");
		assertThat(community.path("members").findValuesAsString("name")).containsExactly("Ana Okafor", "Dr Lin Chen");
	}

	@Test
	void unknown_ids_are_null() {
		Answer answer = this.graphql.run("directory", "institution", "inst:none", "profession", "prof:none",
				"community", "cop:none");
		assertThat(answer.errors().isMissingNode()).isTrue();
		assertThat(answer.data().path("institution").isNull()).isTrue();
		assertThat(answer.data().path("profession").isNull()).isTrue();
		assertThat(answer.data().path("community").isNull()).isTrue();
	}

}
