package org.boomerang.web;

import java.util.Map;

import graphql.introspection.IntrospectionQuery;
import org.boomerang.GraphQlClient;
import org.boomerang.GraphQlClient.Answer;
import org.boomerang.GraphTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GraphQlErrorsTests extends GraphTests {

	private GraphQlClient graphql;

	@BeforeEach
	void client() {
		this.graphql = new GraphQlClient(this.port);
	}

	@Test
	void an_unknown_field_is_a_bad_request() {
		Answer answer = this.graphql.query("{ person(id: \"x\") { id shoeSize } }", Map.of());
		assertThat(answer.code()).isEqualTo("BAD_REQUEST");
		assertThat(answer.message()).contains("shoeSize");
	}

	@Test
	void a_document_that_does_not_parse_is_a_bad_request() {
		Answer answer = this.graphql.query("{ person(id: ", Map.of());
		assertThat(answer.code()).isEqualTo("BAD_REQUEST");
	}

	@Test
	void a_variable_of_the_wrong_type_is_a_bad_request() {
		Answer answer = this.graphql.run("people", "first", "many");
		assertThat(answer.code()).isEqualTo("BAD_REQUEST");
		assertThat(answer.message()).contains("first");
	}

	@Test
	void a_missing_required_variable_is_a_bad_request() {
		Answer answer = this.graphql.run("person-with-relations");
		assertThat(answer.code()).isEqualTo("BAD_REQUEST");
	}

	@Test
	void a_document_parsed_once_answers_each_request_with_its_own_variables_and_limits() {
		// Documents are parsed and validated once and kept: the same text with other
		// variables must still answer for those variables, and an invalid document must
		// stay invalid every time.
		for (int i = 0; i < 2; i++) {
			assertThat(this.graphql.query("{ person(id: \"x\") { id shoeSize } }", Map.of()).code())
				.isEqualTo("BAD_REQUEST");
		}
		assertThat(this.graphql.run("people", "first", 5).data().path("people").path("edges").isArray()).isTrue();
		Answer tooMany = this.graphql.run("people", "first", 101);
		assertThat(tooMany.code()).isEqualTo("BAD_REQUEST");
		assertThat(tooMany.message()).contains("100");
	}

	@Test
	void a_query_nested_deeper_than_the_limit_is_refused_with_the_limit_in_the_message() {
		Answer answer = this.graphql.run("too-deep");
		assertThat(answer.code()).isEqualTo("BAD_REQUEST");
		assertThat(answer.message()).contains("13 levels deep")
			.contains("limit is 12")
			.contains("boomerang.graphql.max-depth");
	}

	@Test
	void the_introspection_query_of_graphiql_and_other_tools_is_not_held_to_the_depth_limit() {
		Answer answer = this.graphql.query(IntrospectionQuery.INTROSPECTION_QUERY, Map.of());
		assertThat(answer.errors().isMissingNode()).as(answer.body().toString()).isTrue();
		assertThat(answer.data().path("__schema").path("types").findValuesAsString("name")).contains("Person",
				"PersonConnection", "Skill", "Institution");
	}

	@Test
	void a_query_costing_more_than_the_limit_is_refused_with_the_limit_in_the_message() {
		Answer answer = this.graphql.run("too-complex");
		assertThat(answer.code()).isEqualTo("BAD_REQUEST");
		assertThat(answer.message()).contains("limit is 2000").contains("smaller first");
	}

	@Test
	void a_full_page_of_people_with_their_context_stays_within_the_limits() {
		importExample();
		Answer answer = this.graphql.run("rich-people");
		assertThat(answer.errors().isMissingNode()).as(answer.body().toString()).isTrue();
		assertThat(answer.data().path("people").path("totalCount").asInt()).isEqualTo(4);
	}

	@Test
	void the_graphql_response_media_type_answers_400_when_validation_fails() {
		Answer answer = this.graphql.send("{ nothing }", Map.of(), GraphQlClient.GRAPHQL_RESPONSE);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith(GraphQlClient.GRAPHQL_RESPONSE);
		assertThat(answer.code()).isEqualTo("BAD_REQUEST");
	}

	@Test
	void plain_json_answers_200_when_validation_fails_as_the_specification_says() {
		Answer answer = this.graphql.send("{ nothing }", Map.of(), "application/json");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.contentType()).startsWith("application/json");
		assertThat(answer.code()).isEqualTo("BAD_REQUEST");
	}

	@Test
	void both_media_types_answer_a_valid_query_with_200() {
		importExample();
		for (String accept : new String[] { GraphQlClient.GRAPHQL_RESPONSE, "application/json" }) {
			Answer answer = this.graphql.send("{ person(id: \"person:example-ana\") { name } }", Map.of(), accept);
			assertThat(answer.status()).as(accept).isEqualTo(200);
			assertThat(answer.contentType()).as(accept).startsWith(accept);
			assertThat(answer.data().path("person").path("name").asString()).isEqualTo("Ana Okafor");
		}
	}

	@Test
	void a_field_error_keeps_the_other_data_and_answers_200_with_both_media_types() {
		for (String accept : new String[] { GraphQlClient.GRAPHQL_RESPONSE, "application/json" }) {
			Answer answer = this.graphql.send("{ person(id: \"x\") { id } people(first: 500) { totalCount } }",
					Map.of(), accept);
			assertThat(answer.status()).as(accept).isEqualTo(200);
			assertThat(answer.code()).isEqualTo("BAD_REQUEST");
			assertThat(answer.errors().path(0).path("path").path(0).asString()).isEqualTo("people");
		}
	}

}
