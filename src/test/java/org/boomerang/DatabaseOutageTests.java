package org.boomerang;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.boomerang.graph.EmbeddedNeo4j;
import org.boomerang.graph.EmbeddedNeo4jProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A service whose database goes away and comes back: a second service (as another
 * instance behind a load balancer would be) on the Bolt port of an embedded database that
 * is stopped and started again. The database is one of its own, not the tests' shared
 * one, which every other test class uses meanwhile. The service runs with its default
 * timeouts ({@code boomerang.neo4j.*}).
 */
class DatabaseOutageTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Guards against a request that hangs (before the timeouts it answered after 30-66
	 * s); not a timing.
	 */
	private static final Duration HANG_GUARD = Duration.ofMinutes(2);

	private static final String PERSON = "{\"query\": \"{ person(id: \\\"person:example-ana\\\") { name } }\"}";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(HANG_GUARD).build();

	private final String admin = new Tokens((id) -> null).admin();

	@TempDir
	Path dataDir;

	@Test
	void while_the_database_is_away_requests_answer_unavailable_readiness_is_down_and_it_all_comes_back()
			throws Exception {
		EmbeddedNeo4j database = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(this.dataDir, 0));
		URI bolt = database.boltUri();
		ConfigurableApplicationContext service = null;
		try {
			service = SecondInstance.start(database, WebApplicationType.SERVLET);
			String base = "http://127.0.0.1:" + service.getEnvironment().getProperty("local.server.port");
			assertThat(
					post(base + "/api/import", "application/json", Files.readString(GraphTests.EXAMPLE)).statusCode())
				.isEqualTo(200);
			assertThat(json(post(base + "/graphql", "application/graphql-response+json", PERSON).body())
				.at("/data/person/name")
				.asString()).isEqualTo("Ana Okafor");
			assertThat(get(base + "/actuator/health/readiness").statusCode()).isEqualTo(200);

			database.destroy();

			HttpResponse<String> strict = post(base + "/graphql", "application/graphql-response+json", PERSON);
			assertThat(strict.statusCode()).isEqualTo(503);
			assertUnavailable(json(strict.body()));
			HttpResponse<String> legacy = post(base + "/graphql", "application/json", PERSON);
			assertThat(legacy.statusCode()).isEqualTo(200);
			assertUnavailable(json(legacy.body()));

			HttpResponse<String> imported = post(base + "/api/import", "application/json",
					Files.readString(GraphTests.EXAMPLE));
			assertThat(imported.statusCode()).isEqualTo(503);
			assertThat(json(imported.body()).get("error").asString()).isEqualTo("UNAVAILABLE");
			assertThat(json(imported.body()).get("message").asString()).contains("cannot be reached");

			assertThat(get(base + "/actuator/health").statusCode()).isEqualTo(503);
			HttpResponse<String> readiness = get(base + "/actuator/health/readiness");
			assertThat(readiness.statusCode()).isEqualTo(503);
			assertThat(json(readiness.body()).get("status").asString()).isEqualTo("DOWN");
			assertThat(get(base + "/actuator/health/liveness").statusCode()).isEqualTo(200);

			database = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(this.dataDir, bolt.getPort()));
			assertThat(database.boltUri()).isEqualTo(bolt);
			await("readiness once the database is back").atMost(HANG_GUARD)
				.untilAsserted(() -> assertThat(get(base + "/actuator/health/readiness").statusCode()).isEqualTo(200));
			HttpResponse<String> back = post(base + "/graphql", "application/graphql-response+json", PERSON);
			assertThat(back.statusCode()).as("the answer once the database is back: %s", back.body()).isEqualTo(200);
			assertThat(json(back.body()).at("/data/person/name").asString())
				.as("the answer once the database is back: %s", back.body())
				.isEqualTo("Ana Okafor");
		}
		finally {
			if (service != null) {
				service.close();
			}
			database.destroy();
		}
	}

	private static void assertUnavailable(JsonNode answer) {
		assertThat(answer.has("data")).as("a request error has no data: %s", answer).isFalse();
		assertThat(answer.get("errors")).hasSize(1);
		JsonNode error = answer.get("errors").get(0);
		assertThat(error.at("/extensions/code").asString()).isEqualTo("UNAVAILABLE");
		assertThat(error.get("message").asString()).contains("cannot be reached").contains("again");
	}

	private HttpResponse<String> post(String url, String accept, String body) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(url))
			.timeout(HANG_GUARD)
			.header("Authorization", "Bearer " + this.admin)
			.header("Content-Type", "application/json")
			.header("Accept", accept)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A probe's request: health needs no token, and a load balancer sends none. */
	private HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(url)).timeout(HANG_GUARD).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static JsonNode json(String body) {
		return JSON.readTree(body);
	}

}
