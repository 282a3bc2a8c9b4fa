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
import java.util.List;
import java.util.Map;

import org.boomerang.graph.DerivedState;
import org.boomerang.graph.Queries;
import org.boomerang.importing.ImportResult;
import org.boomerang.importing.ImportService;
import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Driver;
import org.neo4j.driver.EagerResult;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of every test that needs the graph: one Spring context and one embedded Neo4j
 * (reached over Bolt, as in production) shared by all test classes, with the data cleared
 * before each test. Keep the properties here identical for every subclass, or Spring
 * starts a second database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "boomerang.embedded.data-dir=target/test-graph", "boomerang.embedded.bolt-port=0",
				"boomerang.demo.enabled=false", "boomerang.import.max-document-size=4MB" })
public abstract class GraphTests {

	/**
	 * The example import document of the documentation, imported as is by many tests (one
	 * file for both, so the documented example is always a valid one).
	 */
	public static final Path EXAMPLE = Path.of("docs/examples/example.json");

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@Autowired
	protected Driver driver;

	@Autowired
	protected Queries queries;

	@Autowired
	protected ImportService imports;

	@LocalServerPort
	protected int port;

	@Autowired
	private List<DerivedState> derivedState;

	@BeforeEach
	void clearGraph() {
		write(this.queries.get("testing/clear-data"), Map.of());
		// The clearing bypasses the service: rebuild what it derives from the graph.
		this.derivedState.forEach(DerivedState::rebuildFromGraph);
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
		return this.driver.executableQuery(cypher)
			.withParameters(parameters)
			.withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build())
			.execute();
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

	/** POSTs a body to this service. */
	protected HttpResponse<String> post(String path, String contentType, String body) {
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
				.header("Content-Type", contentType)
				.header("Accept", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** GETs a path of this service. */
	protected HttpResponse<String> get(String path) {
		try {
			return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
