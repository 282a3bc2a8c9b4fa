package org.boomerang.security;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.boomerang.BoomerangApplication;
import org.boomerang.GraphTests;
import org.boomerang.graph.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The security headers on every kind of response (pages, their scripts, GraphQL answers,
 * refusals, the sign-in list), and CORS: closed to every origin but those of
 * {@code boomerang.security.cors-origins} (the tests' context names
 * {@code https://portal.example.org}; a second instance started here names none), for
 * {@code /graphql} and {@code /api/**}.
 */
class SecurityHeadersTests extends GraphTests {

	private static final String ALLOWED = "https://portal.example.org";

	private static final String OTHER = "https://evil.example.net";

	private static final String ME = "{\"query\": \"{ me { roles } }\"}";

	@Autowired
	private EmbeddedNeo4j database;

	@Test
	void every_kind_of_response_carries_the_security_headers() {
		Map<String, HttpResponse<String>> answers = Map.of("the search page", get("/", null), "a page's script",
				get("/sign-in.js", null), "GraphiQL", get("/graphiql", null), "GraphiQL's script",
				get("/graphiql/graphiql.js", null), "a GraphQL answer", post("/graphql", "application/json", ME),
				"a refused GraphQL request", post("/graphql", "application/json", ME, null), "the sign-in list",
				get("/api/dev/login", null), "a forbidden export",
				get("/api/export/transfers.csv", this.tokens.client("reader", Scopes.READ)), "a missing page",
				get("/nowhere.html", null));
		answers.forEach((what, answer) -> {
			assertThat(answer.headers().firstValue("Content-Security-Policy")).as(what)
				.hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
			assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
			assertThat(answer.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
			assertThat(answer.headers().firstValue("Referrer-Policy")).as(what).hasValue("no-referrer");
		});
		assertThat(answers.get("the search page").statusCode()).isEqualTo(200);
		assertThat(answers.get("a refused GraphQL request").statusCode()).isEqualTo(401);
		assertThat(answers.get("a forbidden export").statusCode()).isEqualTo(403);
	}

	@Test
	void the_policy_allows_no_inline_script_no_eval_and_no_framing() {
		String policy = SecurityConfiguration.CONTENT_SECURITY_POLICY;
		assertThat(policy).contains("script-src 'self';", "frame-ancestors 'none'", "object-src 'none'")
			.doesNotContain("unsafe-inline", "unsafe-eval", "*");
	}

	@Test
	void a_configured_origin_may_call_the_api_from_a_browser() {
		HttpResponse<String> preflight = preflight("/graphql", ALLOWED);
		assertThat(preflight.statusCode()).isEqualTo(200);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase())
			.contains("authorization");
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();

		HttpResponse<String> answer = send(request("/graphql", this.tokens.admin()).header("Origin", ALLOWED)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(ME)));
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED);
		assertThat(answer.body()).contains("ADMIN");
		assertThat(preflight("/api/dev/login", ALLOWED).headers().firstValue("Access-Control-Allow-Origin"))
			.hasValue(ALLOWED);
	}

	@Test
	void any_other_origin_is_refused_before_anything_runs() {
		for (String path : List.of("/graphql", "/api/import", "/api/dev/login", "/api/export/transfers.csv")) {
			HttpResponse<String> preflight = preflight(path, OTHER);
			assertThat(preflight.statusCode()).as(path).isEqualTo(403);
			assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).as(path).isEmpty();
		}
		HttpResponse<String> answer = send(request("/graphql", this.tokens.admin()).header("Origin", OTHER)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(ME)));
		assertThat(answer.statusCode()).isEqualTo(403);
		assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		assertThat(answer.body()).doesNotContain("ADMIN");
	}

	@Test
	void with_no_origin_configured_every_cross_origin_request_is_refused() {
		// A second instance on the tests' database, with the settings' defaults: no
		// origins.
		try (ConfigurableApplicationContext closed = new SpringApplicationBuilder(BoomerangApplication.class)
			.web(WebApplicationType.SERVLET)
			.run("--server.port=0", "--server.address=127.0.0.1", "--spring.neo4j.uri=" + this.database.boltUri(),
					"--spring.neo4j.authentication.username=" + this.database.user(),
					"--spring.neo4j.authentication.password=" + this.database.password(),
					"--boomerang.demo.enabled=false", "--spring.main.banner-mode=off")) {
			int port = ((WebServerApplicationContext) closed).getWebServer().getPort();
			for (String origin : List.of(ALLOWED, OTHER)) {
				HttpResponse<String> preflight = send(
						HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
							.header("Origin", origin)
							.header("Access-Control-Request-Method", "POST")
							.header("Access-Control-Request-Headers", "authorization,content-type")
							.method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
				assertThat(preflight.statusCode()).as(origin).isEqualTo(403);
				assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).as(origin).isEmpty();
				assertThat(preflight.headers().firstValue("Content-Security-Policy"))
					.hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
			}
		}
	}

	@Test
	void a_configured_origin_must_be_an_origin() {
		for (String wrong : List.of("*", "portal.example.org", "https://portal.example.org/app",
				"ftp://portal.example.org")) {
			assertThatIllegalArgumentException().as(wrong)
				.isThrownBy(() -> new CorsProperties(List.of(wrong)))
				.withMessageContaining("boomerang.security.cors-origins: '" + wrong + "' is not an origin");
		}
	}

	private HttpResponse<String> preflight(String path, String origin) {
		return send(request(path, null).header("Origin", origin)
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "authorization,content-type")
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
	}

}
