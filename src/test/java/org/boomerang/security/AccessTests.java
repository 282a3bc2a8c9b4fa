package org.boomerang.security;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;

import org.boomerang.GraphTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may reach which endpoint over HTTP: everything but the health check, the pages and
 * the sign-in needs a token; a request without one (or with a refused one) is a 401 in
 * the shape its endpoint answers in; the import and the exports need a role or a scope.
 */
class AccessTests extends GraphTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String ME = "{\"query\": \"{ me { roles } }\"}";

	@BeforeEach
	void people() {
		importJson(SecurityFixture.PEOPLE);
	}

	private HttpResponse<String> me(String token, String accept) {
		HttpRequest.Builder request = request("/graphql", token).header("Content-Type", "application/json");
		if (accept != null) {
			request.header("Accept", accept);
		}
		return send(request.POST(HttpRequest.BodyPublishers.ofString(ME)));
	}

	private static JsonNode body(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	private static String type(HttpResponse<String> response) {
		return response.headers().firstValue("Content-Type").orElse("");
	}

	@Test
	void graphql_without_a_token_is_a_401_unauthorized_graphql_response_with_the_bearer_challenge() {
		HttpResponse<String> answer = me(null, "application/graphql-response+json");
		assertThat(answer.statusCode()).isEqualTo(401);
		assertThat(type(answer)).startsWith("application/graphql-response+json");
		assertThat(answer.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
		JsonNode body = body(answer);
		assertThat(body.has("data")).isFalse();
		assertThat(body.path("errors").get(0).path("extensions").path("code").asString()).isEqualTo("UNAUTHORIZED");
		assertThat(body.path("errors").get(0).path("message").asString())
			.startsWith("Sign in first: send the header Authorization: Bearer <token>")
			.contains("POST /api/dev/login");
	}

	@Test
	void graphql_without_a_token_answers_in_application_json_to_a_client_that_accepts_only_that() {
		HttpResponse<String> answer = me(null, "application/json");
		assertThat(answer.statusCode()).isEqualTo(401);
		assertThat(type(answer)).startsWith("application/json");
		assertThat(body(answer).path("errors").get(0).path("extensions").path("code").asString())
			.isEqualTo("UNAUTHORIZED");
		// The GraphQL response type wherever the client accepts it, or says nothing.
		assertThat(type(me(null, "application/json;q=0.5, application/graphql-response+json")))
			.startsWith("application/graphql-response+json");
		assertThat(type(me(null, "*/*"))).startsWith("application/graphql-response+json");
		assertThat(type(me(null, null))).startsWith("application/graphql-response+json");
	}

	@Test
	void a_token_that_is_not_a_jwt_is_a_401_that_says_why() {
		HttpResponse<String> answer = me("not-a-token", "application/graphql-response+json");
		assertThat(answer.statusCode()).isEqualTo(401);
		assertThat(answer.headers().firstValue("WWW-Authenticate").orElse(""))
			.startsWith("Bearer error=\"invalid_token\"");
		assertThat(body(answer).path("errors").get(0).path("message").asString())
			.startsWith("The bearer token was refused (")
			.endsWith("): sign in again and send the new token.");
	}

	@Test
	void the_import_without_a_token_is_a_401_in_the_import_s_error_shape_and_writes_nothing() throws Exception {
		HttpResponse<String> answer = post("/api/import", "application/json", Files.readString(EXAMPLE),
				this.tokens.anonymous());
		assertThat(answer.statusCode()).isEqualTo(401);
		assertThat(type(answer)).startsWith("application/json");
		assertThat(answer.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
		JsonNode body = body(answer);
		assertThat(body.path("error").asString()).isEqualTo("UNAUTHORIZED");
		assertThat(body.path("message").asString()).startsWith("Sign in first");
		assertThat(body.path("problems").isArray()).isTrue();
		assertThat(count("Person")).isEqualTo(4);
	}

	@Test
	void the_export_without_a_token_is_a_401_in_the_same_shape() {
		HttpResponse<String> answer = get("/api/export/transfers.csv", this.tokens.anonymous());
		assertThat(answer.statusCode()).isEqualTo(401);
		assertThat(type(answer)).startsWith("application/json");
		assertThat(body(answer).path("error").asString()).isEqualTo("UNAUTHORIZED");
	}

	@Test
	void the_import_needs_the_admin_role_or_the_import_scope() throws Exception {
		String document = Files.readString(EXAMPLE);
		for (String refused : new String[] { this.tokens.staff("sam"), this.tokens.coordinator("cora"),
				this.tokens.client("reader", Scopes.READ, Scopes.EXPORT, Scopes.RECORD) }) {
			HttpResponse<String> answer = post("/api/import", "application/json", document, refused);
			assertThat(answer.statusCode()).isEqualTo(403);
			assertThat(type(answer)).startsWith("application/json");
			JsonNode body = body(answer);
			assertThat(body.path("error").asString()).isEqualTo("FORBIDDEN");
			assertThat(body.path("message").asString())
				.isEqualTo("Importing needs the ADMIN role or the scope boomerang:import, and this token has neither.");
		}
		assertThat(count("Person")).isEqualTo(4);
		assertThat(post("/api/import", "application/json", document, this.tokens.client("hr-feed", Scopes.IMPORT))
			.statusCode()).isEqualTo(200);
		assertThat(post("/api/import", "application/json", document, this.tokens.admin()).statusCode()).isEqualTo(200);
		assertThat(count("Person")).isEqualTo(8);
	}

	@Test
	void the_export_needs_the_admin_role_or_the_export_scope() {
		for (String refused : new String[] { this.tokens.staff("sam"), this.tokens.coordinator("cora"),
				this.tokens.client("hr-feed", Scopes.IMPORT, Scopes.READ) }) {
			HttpResponse<String> answer = get("/api/export/transfers.csv", refused);
			assertThat(answer.statusCode()).isEqualTo(403);
			assertThat(body(answer).path("error").asString()).isEqualTo("FORBIDDEN");
			assertThat(body(answer).path("message").asString()).isEqualTo(
					"The exports need the ADMIN role or the scope boomerang:export, and this token has neither.");
		}
		assertThat(get("/api/export/transfers.csv", this.tokens.client("research", Scopes.EXPORT)).statusCode())
			.isEqualTo(200);
		assertThat(get("/api/export/transfers.csv", this.tokens.admin()).statusCode()).isEqualTo(200);
	}

	@Test
	void the_health_check_the_pages_and_their_assets_need_no_token() {
		for (String open : new String[] { "/actuator/health", "/", "/index.html", "/search.js", "/search.css",
				"/sign-in.js", "/teacher.js", "/mentoring", "/mentoring.html", "/mentoring.js", "/programmes",
				"/programmes.html", "/programmes.js", "/graphiql", "/graphiql/graphiql.js",
				"/webjars/graphiql/2.4.7/graphiql.min.js" }) {
			assertThat(get(open, this.tokens.anonymous()).statusCode()).as(open).isEqualTo(200);
		}
		assertThat(get("/actuator/info", this.tokens.anonymous()).statusCode()).isEqualTo(401);
		assertThat(get("/actuator/info", this.tokens.staff("sam")).statusCode()).isEqualTo(200);
	}

}
