package org.boomerang.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import graphql.introspection.IntrospectionQuery;
import org.boomerang.GraphTests;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.ResponseError;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every GraphQL error carries a code, those graphql-java raises itself included, and the
 * HTTP answer follows the GraphQL-over-HTTP specification for each media type.
 */
class GraphQlErrorsTests extends GraphTests {

	private static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

	@Test
	void an_unknown_field_is_a_bad_request() {
		ResponseError error = firstError(graphQl("unknown-field"));
		assertThat(code(error)).isEqualTo("BAD_REQUEST");
		assertThat(error.getMessage()).contains("shoeSize");
	}

	@Test
	void a_document_that_does_not_parse_is_a_bad_request() {
		assertThat(code(firstError(graphQl("does-not-parse")))).isEqualTo("BAD_REQUEST");
	}

	@Test
	void a_variable_of_the_wrong_type_is_a_bad_request() {
		ResponseError error = firstError(graphQl("people", "first", "many"));
		assertThat(code(error)).isEqualTo("BAD_REQUEST");
		assertThat(error.getMessage()).contains("first");
	}

	@Test
	void a_missing_required_variable_is_a_bad_request() {
		assertThat(code(firstError(graphQl("person-with-relations")))).isEqualTo("BAD_REQUEST");
	}

	@Test
	void a_document_parsed_once_answers_each_request_with_its_own_variables_and_limits() {
		// Documents are parsed and validated once and kept: the same text with other
		// variables must still answer for those variables, and an invalid document must
		// stay invalid every time.
		for (int i = 0; i < 2; i++) {
			assertThat(code(firstError(graphQl("unknown-field")))).isEqualTo("BAD_REQUEST");
		}
		assertThat(json(graphQl("people", "first", 5), "people.edges").isArray()).isTrue();
		ResponseError tooMany = firstError(graphQl("people", "first", 101));
		assertThat(code(tooMany)).isEqualTo("BAD_REQUEST");
		assertThat(tooMany.getMessage()).contains("100");
	}

	@Test
	void a_query_nested_deeper_than_the_limit_is_refused_with_the_limit_in_the_message() {
		ResponseError error = firstError(graphQl("too-deep"));
		assertThat(code(error)).isEqualTo("BAD_REQUEST");
		assertThat(error.getMessage()).contains("13 levels deep")
			.contains("limit is 12")
			.contains("boomerang.graphql.max-depth");
	}

	@Test
	void the_introspection_query_of_graphiql_and_other_tools_is_not_held_to_the_depth_limit() {
		JsonNode schema = json(this.graphQl.document(IntrospectionQuery.INTROSPECTION_QUERY).execute(), "__schema");
		assertThat(schema.path("types").findValuesAsString("name")).contains("Person", "PersonConnection", "Skill",
				"Institution");
	}

	@Test
	void a_query_costing_more_than_the_limit_is_refused_with_the_limit_in_the_message() {
		ResponseError error = firstError(graphQl("too-complex"));
		assertThat(code(error)).isEqualTo("BAD_REQUEST");
		assertThat(error.getMessage()).contains("limit is 2000").contains("smaller first");
	}

	@Test
	void a_full_page_of_people_with_their_context_stays_within_the_limits() {
		importExample();
		graphQl("rich-people").path("people.totalCount").entity(Integer.class).isEqualTo(4);
	}

	@Test
	void the_graphql_response_media_type_answers_400_when_validation_fails() {
		post("unknown-field", Map.of(), GRAPHQL_RESPONSE).expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(GRAPHQL_RESPONSE)
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("BAD_REQUEST");
	}

	@Test
	void plain_json_answers_200_when_validation_fails_as_the_specification_says() {
		post("unknown-field", Map.of(), MediaType.APPLICATION_JSON).expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("BAD_REQUEST");
	}

	@Test
	void both_media_types_answer_a_valid_query_with_200() {
		importExample();
		for (MediaType accept : new MediaType[] { GRAPHQL_RESPONSE, MediaType.APPLICATION_JSON }) {
			post("person-name", Map.of("id", "person:example-ana"), accept).expectStatus()
				.isOk()
				.expectHeader()
				.contentTypeCompatibleWith(accept)
				.expectBody()
				.jsonPath("$.data.person.name")
				.isEqualTo("Ana Okafor");
		}
	}

	@Test
	void a_field_error_keeps_the_other_data_and_answers_200_with_both_media_types() {
		for (MediaType accept : new MediaType[] { GRAPHQL_RESPONSE, MediaType.APPLICATION_JSON }) {
			post("person-and-too-many-people", Map.of(), accept).expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.errors[0].extensions.code")
				.isEqualTo("BAD_REQUEST")
				.jsonPath("$.errors[0].path[0]")
				.isEqualTo("people");
		}
	}

	/**
	 * Posts a document of {@code graphql-test/} over HTTP with an Accept header, for what
	 * the GraphQL tester does not show: the status and the media type.
	 */
	private WebTestClient.ResponseSpec post(String document, Map<String, Object> variables, MediaType accept) {
		return WebTestClient.bindToServer(new JdkClientHttpConnector())
			.baseUrl("http://127.0.0.1:" + this.port)
			.responseTimeout(Duration.ofMinutes(2))
			.build()
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(accept)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.tokens.admin())
			.bodyValue(Map.of("query", text(document), "variables", variables))
			.exchange();
	}

	private static String text(String document) {
		try {
			return new ClassPathResource("graphql-test/" + document + ".graphql")
				.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
