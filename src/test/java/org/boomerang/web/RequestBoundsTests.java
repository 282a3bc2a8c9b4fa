package org.boomerang.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.boomerang.GraphTests;
import org.boomerang.graph.DatabaseFailures;
import org.boomerang.graph.Queries;
import org.boomerang.graph.RequestDeadline;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.test.tester.WebGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * The attacks that once exhausted the service, refused before any work: a query that fans
 * out through lists of people, a thousand aliases, megabytes of unused variables; and a
 * request out of time, which stops fetching and ends its database work. The service keeps
 * answering its health check meanwhile.
 */
class RequestBoundsTests extends GraphTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	/** The request a prober sent: 1,000 aliases of one flow query. */
	private static final String THOUSAND_ALIASES = IntStream.range(0, 1000)
		.mapToObj((i) -> "f" + i + ": knowledgeFlows(level: COMMUNITY) { transfers }")
		.collect(Collectors.joining(" ", "{ ", " }"));

	/**
	 * A few top-level fields, each with aliases of a scalar: more aliases than allowed.
	 */
	private static final String MANY_ALIASES = IntStream.range(0, 31)
		.mapToObj((i) -> "n" + i + ": name")
		.collect(Collectors.joining(" ", "{ person(id: \"person:example-ana\") { ", " } }"));

	@Autowired
	WebGraphQlHandler webGraphQl;

	@Test
	void the_fan_out_through_members_and_skills_is_refused_before_anything_runs() {
		importExample();
		String fanOut = document("fan-out");
		List<String> ran = queriesRun(() -> {
			JsonNode answer = graphQlOverHttp(fanOut, Map.of("id", "cop:example-digital-health"));
			assertRefused(answer, "would cost", "boomerang.graphql.max-complexity");
		});
		assertThat(ran).as("catalogue queries that ran").isEmpty();
	}

	@Test
	void a_thousand_aliases_of_knowledge_flows_are_refused_before_anything_runs() {
		importExample();
		List<String> ran = queriesRun(() -> {
			JsonNode answer = graphQlOverHttp(THOUSAND_ALIASES, Map.of());
			assertRefused(answer, "1000 top-level fields", "boomerang.graphql.max-root-fields");
		});
		assertThat(ran).as("catalogue queries that ran").isEmpty();
		JsonNode aliases = graphQlOverHttp(MANY_ALIASES, Map.of());
		assertRefused(aliases, "31 aliased fields", "boomerang.graphql.max-aliases");
	}

	@Test
	void unused_megabytes_of_variables_are_refused_413_unread() throws Exception {
		// 50 MB announced by Content-Length and not sent: the answer comes all the same,
		// so nothing waited for the body. (A raw socket: Java 17's HttpClient never
		// returns
		// when an Expect: 100-continue request gets a final answer instead of 100.)
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout((int) Duration.ofMinutes(2).toMillis());
			socket.getOutputStream()
				.write(("POST /graphql HTTP/1.0\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
						+ "Accept: application/json\r\nContent-Length: " + (50 * 1024 * 1024) + "\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			socket.getOutputStream().flush();
			String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(answer).startsWith("HTTP/1.1 413");
			assertTooLarge(JSON.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4)));
		}
		// Just over the limit with no Content-Length (chunked): refused once the limit is
		// passed.
		byte[] over = variables(1024 * 1024 + 100);
		HttpResponse<String> chunked = send(
				request("/graphql").POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(over)))
					.build());
		assertThat(chunked.statusCode()).isEqualTo(413);
		assertTooLarge(JSON.readTree(chunked.body()));
	}

	@Test
	void health_answers_while_the_attacks_come_in_at_once() throws Exception {
		importExample();
		String fanOut = document("fan-out");
		List<CompletableFuture<JsonNode>> attacks = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			attacks.add(CompletableFuture
				.supplyAsync(() -> graphQlOverHttp(fanOut, Map.of("id", "cop:example-digital-health"))));
			attacks.add(CompletableFuture.supplyAsync(() -> graphQlOverHttp(THOUSAND_ALIASES, Map.of())));
		}
		HttpResponse<String> health = get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(health.body()).get("status").asString()).isEqualTo("UP");
		for (CompletableFuture<JsonNode> attack : attacks) {
			JsonNode answer = attack.get();
			assertThat(answer.has("data")).isFalse();
			assertThat(answer.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_REQUEST");
		}
		assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
	}

	@Test
	void a_request_out_of_time_stops_before_its_next_field_as_a_bad_request_without_data() {
		WebGraphQlTester tester = WebGraphQlTester.create(this.webGraphQl);
		try (RequestDeadline.Scope deadline = RequestDeadline.start(Duration.ZERO)) {
			WebGraphQlTester.Response answer = tester.document("{ people(first: 1) { totalCount } }").execute();
			answer.errors().satisfy((errors) -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_REQUEST");
				assertThat(errors.get(0).getMessage()).contains("ran longer than its limit")
					.contains("boomerang.graphql.request-timeout");
				assertThat(errors.get(0).getPath()).isEmpty();
			});
			answer.path("people").pathDoesNotExist();
		}
	}

	@Test
	void the_database_ends_a_statement_when_its_request_runs_out_of_time() {
		String slow = this.queries.get("testing/slow-count");
		Throwable failure;
		try (RequestDeadline.Scope deadline = RequestDeadline.start(Duration.ofMillis(500))) {
			failure = catchThrowable(() -> this.driver.executableQuery(slow).withConfig(Queries.READ).execute());
		}
		assertThat(failure).isNotNull();
		assertThat(DatabaseFailures.timedOut(failure)).as("timed out: %s", failure).isTrue();
		// Nothing of it keeps running in the database.
		await("the statement's end").atMost(Duration.ofMinutes(1))
			.untilAsserted(
					() -> assertThat(read("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $text"
							+ " RETURN count(*) AS running", Map.of("text", "range(1, 2000000000)"))
						.records()
						.get(0)
						.get("running")
						.asInt()).isZero());
	}

	@Test
	void without_a_request_deadline_statements_run_without_a_timeout() {
		assertThat(RequestDeadline.remaining()).isEmpty();
		assertThat(read("RETURN 1 AS one", Map.of()).records().get(0).get("one").asInt()).isOne();
	}

	private static void assertRefused(JsonNode answer, String... phrases) {
		assertThat(answer.has("data")).as("refused before execution, so no data: %s", answer).isFalse();
		assertThat(answer.get("errors")).hasSize(1);
		assertThat(answer.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_REQUEST");
		assertThat(answer.at("/errors/0/message").asString()).contains(phrases);
	}

	private static void assertTooLarge(JsonNode answer) {
		assertThat(answer.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_REQUEST");
		assertThat(answer.at("/errors/0/message").asString()).contains("larger than the limit of 1048576 bytes")
			.contains("boomerang.graphql.max-body-size");
	}

	/**
	 * A GraphQL request whose variables hold an unused string of about this many bytes.
	 */
	private static byte[] variables(int bytes) {
		char[] filler = new char[bytes];
		Arrays.fill(filler, 'x');
		return ("{\"query\": \"{ __typename }\", \"variables\": {\"unused\": \"" + new String(filler) + "\"}}")
			.getBytes(StandardCharsets.UTF_8);
	}

	private JsonNode graphQlOverHttp(String document, Map<String, Object> variables) {
		HttpResponse<String> answer = post("/graphql", "application/json",
				JSON.writeValueAsString(Map.of("query", document, "variables", variables)));
		assertThat(answer.statusCode()).isEqualTo(200);
		return JSON.readTree(answer.body());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofMinutes(2))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json");
	}

	private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static String document(String name) {
		try {
			return new String(
					RequestBoundsTests.class.getResourceAsStream("/graphql-test/" + name + ".graphql").readAllBytes(),
					StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The queries of the catalogue that the database ran during some work, by Neo4j's own
	 * query collector ({@code db.stats}); background polls are left out.
	 */
	private List<String> queriesRun(Runnable work) {
		Map<String, String> byText = this.queries.all()
			.entrySet()
			.stream()
			.filter((q) -> q.getKey().matches("(person|skill|directory|mentoring)/.*"))
			.collect(Collectors.toMap((q) -> q.getValue().strip(), Map.Entry::getKey, (a, b) -> a));
		write("CALL db.stats.stop('QUERIES')", Map.of());
		write("CALL db.stats.clear('QUERIES')", Map.of());
		write("CALL db.stats.collect('QUERIES')", Map.of());
		work.run();
		write("CALL db.stats.stop('QUERIES')", Map.of());
		return read("CALL db.stats.retrieve('QUERIES') YIELD data RETURN data", Map.of()).records()
			.stream()
			.map((r) -> byText.get(r.get("data").get("query").asString("").strip()))
			.filter((name) -> name != null && !name.equals("mentoring/flow-watermark"))
			.toList();
	}

}
