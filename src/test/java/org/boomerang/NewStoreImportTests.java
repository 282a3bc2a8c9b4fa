package org.boomerang;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.boomerang.graph.EmbeddedNeo4j;
import org.boomerang.graph.EmbeddedNeo4jProperties;
import org.boomerang.graph.Queries;
import org.boomerang.importing.DocumentSource;
import org.boomerang.importing.ImportProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code import} command into a new embedded store goes through Neo4j's bulk importer
 * ({@code importing/NewStoreImport}): the store it writes holds exactly what the import
 * statements write (compared node by node and link by link with the same document
 * imported into the tests' graph the usual way), re-sending the document to it changes
 * nothing, and a document with problems is refused as before and leaves the store empty.
 */
class NewStoreImportTests extends GraphTests {

	/** The kinds an import writes. */
	private static final String KINDS = "['Institution', 'Profession', 'Skill', 'Community', 'Person', 'Mentorship', "
			+ "'Transfer']";

	/** Written at the time of the import: differs between any two imports. */
	private static final List<String> STAMPS = List.of("createdAt", "updatedAt");

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void a_new_store_written_in_bulk_holds_what_the_import_statements_write_and_a_resend_changes_nothing(
			@TempDir Path dir) {
		Path data = dir.resolve("store");
		assertThat(importInto(data, EXAMPLE)).as(this.err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("into a new store with Neo4j's bulk importer")
			.contains("transfers    created 3, updated 0, unchanged 0");
		List<String> bulk = graphOf(data);

		this.imports.importDocument(DocumentSource.of(EXAMPLE), ImportProgress.NONE);
		assertThat(bulk).isNotEmpty().isEqualTo(graph(this.driver));

		this.out.reset();
		assertThat(importInto(data, EXAMPLE)).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).doesNotContain("bulk importer")
			.contains("people       created 0, updated 0, unchanged 4")
			.contains("transfers    created 0, updated 0, unchanged 3");
		String audit = new StoreReader(data).read((driver) -> driver
			.executableQuery("MATCH (a:AuditEntry {operation: 'import'}) RETURN a.status AS status, a.subject AS "
					+ "subject ORDER BY a.at")
			.execute()
			.records()
			.toString());
		assertThat(audit).contains("COMPLETED").contains("system").doesNotContain("WRITING");
	}

	@Test
	void a_document_listing_transfers_before_people_is_read_twice_and_written_the_same(@TempDir Path dir)
			throws Exception {
		Path generated = dir.resolve("generated.json");
		assertThat(CommandLine.run(BoomerangApplication.class,
				new String[] { "generate", "--people", "120", "--transfers-per-person", "4", "--out",
						generated.toString() },
				new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8)))
			.isZero();
		JsonMapper json = JsonMapper.builder().build();
		JsonNode document = json.readTree(generated.toFile());
		ObjectNode reordered = json.createObjectNode();
		reordered.set("format", document.get("format"));
		List<String> keys = new ArrayList<>(document.propertyNames());
		Collections.reverse(keys);
		keys.stream().filter((k) -> !k.equals("format")).forEach((k) -> reordered.set(k, document.get(k)));
		Path backwards = dir.resolve("backwards.json");
		json.writeValue(backwards.toFile(), reordered);

		Path data = dir.resolve("store");
		assertThat(importInto(data, backwards)).as(this.err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("into a new store with Neo4j's bulk importer");
		List<String> bulk = graphOf(data);

		this.imports.importDocument(DocumentSource.of(generated), ImportProgress.NONE);
		assertThat(bulk).hasSizeGreaterThan(1000).isEqualTo(graph(this.driver));
	}

	@Test
	void a_document_with_problems_is_refused_with_them_and_the_new_store_stays_empty(@TempDir Path dir) {
		JsonMapper json = JsonMapper.builder().build();
		JsonNode document = json.readTree(EXAMPLE.toFile());
		((ObjectNode) document.get("people").get(0).get("skills").get(0)).put("skill", "skill:nowhere");
		Path broken = dir.resolve("broken.json");
		json.writeValue(broken.toFile(), document);
		Path data = dir.resolve("store");
		assertThat(importInto(data, broken)).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("Refused, nothing was written")
			.contains("unknown skill 'skill:nowhere'");
		assertThat(graphOf(data)).isEmpty();
	}

	private int importInto(Path data, Path document) {
		return CommandLine.run(BoomerangApplication.class,
				new String[] { "import", document.toString(), "--boomerang.embedded.data-dir=" + data,
						"--boomerang.embedded.bolt-port=0", "--boomerang.import.new-store-bulk-from=1" },
				new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private static List<String> graphOf(Path data) {
		return new StoreReader(data).read(NewStoreImportTests::graph);
	}

	/**
	 * The imported graph as sorted lines, one per node and per link, without the time
	 * stamps of the import; list properties compared as sets where they are sets (a
	 * transfer's context) and a missing list the same as an empty one (the bulk importer
	 * cannot store an empty list; every reader reads a missing one as empty).
	 */
	private static List<String> graph(Driver driver) {
		List<String> lines = new ArrayList<>();
		driver
			.executableQuery("MATCH (n) WHERE any(l IN labels(n) WHERE l IN " + KINDS + ") "
					+ "RETURN labels(n) AS labels, properties(n) AS properties")
			.withConfig(Queries.READ)
			.execute()
			.records()
			.forEach((r) -> lines.add(r.get("labels").asList() + " " + properties(r.get("properties"))));
		driver
			.executableQuery("MATCH (a)-[r]->(b) WHERE any(l IN labels(a) WHERE l IN " + KINDS + ") "
					+ "RETURN labels(a)[0] + ' ' + a.id AS a, type(r) AS type, labels(b)[0] + ' ' + b.id AS b, "
					+ "properties(r) AS properties")
			.withConfig(Queries.READ)
			.execute()
			.records()
			.forEach((r) -> lines.add(r.get("a").asString() + " -" + r.get("type").asString() + "-> "
					+ r.get("b").asString() + " " + properties(r.get("properties"))));
		Collections.sort(lines);
		return lines;
	}

	private static String properties(Value properties) {
		Map<String, Object> kept = new TreeMap<>();
		properties.asMap((v) -> v).forEach((key, value) -> {
			if (STAMPS.contains(key)) {
				return;
			}
			Object plain = value.asObject();
			if (plain instanceof List<?> list) {
				if (list.isEmpty()) {
					return;
				}
				if (key.startsWith("from") || key.startsWith("to")) {
					List<String> sorted = new ArrayList<>(list.stream().map(String::valueOf).toList());
					Collections.sort(sorted);
					plain = sorted;
				}
			}
			kept.put(key, plain);
		});
		return kept.toString();
	}

	/** Opens a store the command wrote, once the command has closed it. */
	private record StoreReader(Path data) {

		<T> T read(Function<Driver, T> reading) {
			EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(this.data, 0));
			try (Driver driver = GraphDatabase.driver(neo4j.boltUri(),
					AuthTokens.basic(neo4j.user(), neo4j.password()))) {
				return reading.apply(driver);
			}
			finally {
				neo4j.destroy();
			}
		}

	}

}
