package org.boomerang;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.boomerang.graph.DerivedState;
import org.boomerang.graph.Queries;
import org.boomerang.importing.ImportResult;
import org.boomerang.importing.ImportService;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Driver;
import org.neo4j.driver.EagerResult;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of every test that needs the graph: one Spring context and one embedded Neo4j
 * (reached over Bolt, as in production) shared by all test classes, with the data cleared
 * before each test, and GraphQL over HTTP through Spring's {@link HttpGraphQlTester} with
 * the documents of {@code src/test/resources/graphql-test/}. Every request carries an
 * admin's token unless a test gives another ({@link #tokens}), so tests that are not
 * about access keep their meaning. The trusted issuer is a real OIDC issuer in this JVM
 * ({@link Tokens#server()}); the development sign-in is on as well. The request and
 * transaction time limits are minutes, not seconds: a test on a busy machine must not
 * fail by the clock (the limits' own tests set theirs). Keep the properties here
 * identical for every subclass, or Spring starts a second database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "boomerang.embedded.data-dir=target/test-graph", "boomerang.embedded.bolt-port=0",
				"boomerang.demo.enabled=false", "boomerang.import.max-document-size=4MB",
				"boomerang.security.dev-login=true", "boomerang.security.cors-origins=https://portal.example.org",
				"boomerang.graphql.request-timeout=2m", "boomerang.neo4j.transaction-timeout=2m" })
@Import(TestSignIns.class)
public abstract class GraphTests {

	/**
	 * The example import document of the documentation, imported as is by many tests (one
	 * file for both, so the documented example is always a valid one).
	 */
	public static final Path EXAMPLE = Path.of("docs/examples/example.json");

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@DynamicPropertySource
	static void trustedIssuer(DynamicPropertyRegistry properties) {
		properties.add("boomerang.security.issuers", Tokens::issuer);
	}

	@Autowired
	protected Driver driver;

	@Autowired
	protected Queries queries;

	@Autowired
	protected ImportService imports;

	@LocalServerPort
	protected int port;

	/**
	 * GraphQL over HTTP to this service as an admin; {@code documentName("people")} sends
	 * {@code graphql-test/people.graphql}.
	 */
	protected HttpGraphQlTester graphQl;

	/**
	 * Tokens for people of the graph (who need an e-mail), admins and clients.
	 */
	protected Tokens tokens;

	@Autowired
	private List<DerivedState> derivedState;

	@BeforeEach
	void clearGraph() {
		write(this.queries.get("testing/clear-data"), Map.of());
		// The clearing bypasses the service: rebuild what it derives from the graph.
		this.derivedState.forEach(DerivedState::rebuildFromGraph);
	}

	@BeforeEach
	void graphQlTester() {
		this.tokens = new Tokens(this::emailOf);
		this.graphQl = graphQlAs(this.tokens.admin());
		issuerDiscovered(this.tokens.admin());
	}

	/** Whether this JVM's service has found the test issuer's keys yet. */
	private static volatile boolean issuerFound;

	/**
	 * The service finds the test issuer on the first token it sees, and answers 503 when
	 * that takes too long (a loaded machine slows the issuer in this JVM): the first test
	 * of the JVM waits for it here, as a client would retry, so no test fails on it.
	 */
	private void issuerDiscovered(String token) {
		if (issuerFound) {
			return;
		}
		Awaitility.await("the test issuer discovered")
			.atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> {
				HttpResponse<String> answer = post("/graphql", "application/json", "{\"query\":\"{ __typename }\"}",
						token);
				return answer.statusCode() != 503 && !answer.body().contains("UNAVAILABLE");
			});
		issuerFound = true;
	}

	/**
	 * GraphQL over HTTP with a token of the test's choosing.
	 * @param token the bearer token, or null to send none
	 * @return the tester
	 */
	protected HttpGraphQlTester graphQlAs(String token) {
		// The timeout guards against a hanging request on a busy machine; it is not a
		// timing.
		WebTestClient.Builder client = WebTestClient.bindToServer(new JdkClientHttpConnector())
			.baseUrl("http://127.0.0.1:" + this.port + "/graphql")
			.responseTimeout(Duration.ofMinutes(2));
		if (token != null) {
			client.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		}
		return HttpGraphQlTester.create(client.build());
	}

	private String emailOf(String personId) {
		List<org.neo4j.driver.Record> rows = read("MATCH (p:Person {id: $id}) RETURN p.email AS email",
				Map.of("id", personId))
			.records();
		return rows.isEmpty() ? null : rows.get(0).get("email").asString(null);
	}

	/**
	 * Sends a document of {@code graphql-test/} with variables.
	 * @param document the document's name, without {@code .graphql}
	 * @param variables names and values, in pairs
	 * @return the answer
	 */
	protected GraphQlTester.Response graphQl(String document, Object... variables) {
		GraphQlTester.Request<?> request = this.graphQl.documentName(document);
		for (int i = 0; i < variables.length; i += 2) {
			request = request.variable((String) variables[i], variables[i + 1]);
		}
		return request.execute();
	}

	/**
	 * Sends a document of {@code graphql-test/} with variables.
	 * @param document the document's name, without {@code .graphql}
	 * @param variables the variables by name; null values are sent as null
	 * @return the answer
	 */
	protected GraphQlTester.Response graphQl(String document, Map<String, ?> variables) {
		GraphQlTester.Request<?> request = this.graphQl.documentName(document);
		for (Map.Entry<String, ?> variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		return request.execute();
	}

	/**
	 * The data at a path of an answer that has no errors (else the test fails, listing
	 * them), as JSON to assert on.
	 * @param answer the answer
	 * @param path a path into {@code data}, e.g. {@code person} or {@code people.edges}
	 * @return the JSON there
	 */
	protected static JsonNode json(GraphQlTester.Response answer, String path) {
		return answer.path(path).entity(JsonNode.class).get();
	}

	/**
	 * The errors of an answer that must have some.
	 * @param answer the answer
	 * @return its errors
	 */
	protected static List<ResponseError> errors(GraphQlTester.Response answer) {
		List<ResponseError> found = new ArrayList<>();
		answer.errors().satisfy(found::addAll);
		assertThat(found).as("errors").isNotEmpty();
		return found;
	}

	/**
	 * The first error of an answer that must have errors.
	 * @param answer the answer
	 * @return the first error
	 */
	protected static ResponseError firstError(GraphQlTester.Response answer) {
		return errors(answer).get(0);
	}

	/**
	 * One field of each of an error's {@code extensions.problems}.
	 * @param error the error
	 * @param field {@code path} or {@code message}
	 * @return the field of every problem, in order
	 */
	protected static List<String> problems(ResponseError error, String field) {
		Object problems = error.getExtensions().get("problems");
		assertThat(problems).as("extensions.problems of %s", error).isInstanceOf(List.class);
		return ((List<?>) problems).stream().map((p) -> String.valueOf(((Map<?, ?>) p).get(field))).toList();
	}

	/**
	 * The {@code extensions.code} of an error.
	 * @param error the error
	 * @return the code
	 */
	protected static String code(ResponseError error) {
		return String.valueOf(error.getExtensions().get("code"));
	}

	/** Imports a document given as JSON text. */
	protected ImportResult importJson(String json) {
		return this.imports.importDocument(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
	}

	/** Imports {@code docs/examples/example.json}. */
	protected ImportResult importExample() {
		try {
			return importJson(Files.readString(EXAMPLE));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + EXAMPLE.toAbsolutePath(), ex);
		}
	}

	/** Runs Cypher (test-only inspection) in a read transaction. */
	protected EagerResult read(String cypher, Map<String, Object> parameters) {
		return this.driver.executableQuery(cypher).withParameters(parameters).withConfig(Queries.READ).execute();
	}

	/** Runs Cypher in a write transaction. */
	protected EagerResult write(String cypher, Map<String, Object> parameters) {
		return this.driver.executableQuery(cypher).withParameters(parameters).execute();
	}

	/** Counts nodes with a label. */
	protected long count(String label) {
		return read("MATCH (n) WHERE $label IN labels(n) RETURN count(n) AS c", Map.of("label", label)).records()
			.get(0)
			.get("c")
			.asLong();
	}

	/** POSTs a body to this service as an admin. */
	protected HttpResponse<String> post(String path, String contentType, String body) {
		return post(path, contentType, body, this.tokens.admin());
	}

	/**
	 * POSTs a body to this service with a token of the test's choosing.
	 * @param token the bearer token, or null to send none
	 */
	protected HttpResponse<String> post(String path, String contentType, String body, String token) {
		return send(request(path, token).header("Content-Type", contentType)
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** GETs a path of this service as an admin. */
	protected HttpResponse<String> get(String path) {
		return get(path, this.tokens.admin());
	}

	/**
	 * GETs a path of this service with a token of the test's choosing.
	 * @param token the bearer token, or null to send none
	 */
	protected HttpResponse<String> get(String path, String token) {
		return send(request(path, token).GET());
	}

	/**
	 * A request to this service, with the token if there is one.
	 * @param path the path
	 * @param token the bearer token, or null to send none
	 * @return the request, to complete
	 */
	protected HttpRequest.Builder request(String path, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request;
	}

	/** Sends a request to this service. */
	protected static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
