package org.boomerang.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.boomerang.GraphTests;
import org.boomerang.graph.EmbeddedNeo4j;
import org.boomerang.graph.EmbeddedNeo4jProperties;
import org.boomerang.graph.NewStoreSeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.kernel.internal.Version;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.fail;

/**
 * The prebuilt demo store shipped in the jar: made for the default demo settings and this
 * Neo4j, and holding exactly the graph that importing the demo network writes today. When
 * these fail, the import, the generator, the ESCO subset or Neo4j changed: make the store
 * again with {@code java -jar target/boomerang-0.1.0-SNAPSHOT.jar demo-store} (after
 * {@code ./mvnw -DskipTests package}) from the project's root.
 */
class DemoStoreTests extends GraphTests {

	private static final String REMAKE = "; make it again: ./mvnw -DskipTests package && "
			+ "java -jar target/boomerang-0.1.0-SNAPSHOT.jar demo-store";

	/** Written by every import, so different in every store. */
	private static final Set<String> VOLATILE = Set.of("createdAt", "updatedAt");

	@Autowired
	DemoLoader loader;

	@TempDir
	Path temporary;

	private static DemoProperties demo(Map<String, String> settings) {
		return binder(settings).bindOrCreate("boomerang.demo", DemoProperties.class);
	}

	private static Binder binder(Map<String, String> settings) {
		return new Binder(new MapConfigurationPropertySource(settings));
	}

	@Test
	void the_shipped_store_was_made_for_the_default_demo_settings_by_this_neo4j() {
		DemoStoreManifest manifest = DemoStoreManifest.readShipped(getClass().getClassLoader()).orElseThrow();
		assertThat(manifest.mismatch(demo(Map.of()), Version.getNeo4jVersion()))
			.as("the shipped demo store does not suit the defaults" + REMAKE)
			.isEmpty();
	}

	@Test
	void a_new_store_started_from_the_shipped_store_holds_exactly_what_importing_the_demo_writes() throws Exception {
		Path dataDir = this.temporary.resolve("seeded");
		NewStoreSeed.Seeding seeding = new PrebuiltDemoStore().plan(dataDir, binder(Map.of())).orElseThrow();
		EmbeddedNeo4j seeded = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(dataDir, 0), seeding);
		List<String> fromStore;
		// The store's system database was made with auth off: the new store must have its
		// own password, not the shipped default.
		assertThat(seeded.password()).isEqualTo(Files.readString(dataDir.resolve("bolt-password")).strip());
		try (Driver refused = GraphDatabase.driver(seeded.boltUri(), AuthTokens.basic("neo4j", "neo4j"))) {
			assertThatExceptionOfType(AuthenticationException.class).isThrownBy(refused::verifyConnectivity);
		}
		try (Driver driver = GraphDatabase.driver(seeded.boltUri(),
				AuthTokens.basic(seeded.user(), seeded.password()))) {
			assertThat(seeded.freshStore()).isFalse();
			assertThat(seeded.seeded()).isTrue();
			fromStore = graph(driver);
		}
		finally {
			seeded.destroy();
		}
		assertThat(dataDir.resolve("data/databases/neo4j")).isDirectory();
		try (var staging = Files.list(dataDir)) {
			assertThat(staging.map((p) -> p.getFileName().toString())).noneMatch((n) -> n.startsWith(".new-store-"));
		}

		assertThat(this.loader.loadIfEmpty()).isTrue();
		List<String> imported = graph(this.driver);

		assertThat(fromStore).as("nodes and relationships").hasSizeGreaterThan(10_000);
		if (!fromStore.equals(imported)) {
			fail("the shipped demo store differs from a fresh import of the demo network (%d against %d lines; "
					+ "only in the store: %s; only in the import: %s)" + REMAKE, fromStore.size(), imported.size(),
					firstMissing(fromStore, imported), firstMissing(imported, fromStore));
		}
	}

	@Test
	void the_store_is_used_only_with_the_demo_on_prebuilt_allowed_and_the_settings_it_was_made_for() {
		PrebuiltDemoStore store = new PrebuiltDemoStore();
		Path dataDir = this.temporary.resolve("any");
		assertThat(store.plan(dataDir, binder(Map.of()))).isPresent();
		for (Map<String, String> other : List.of(Map.of("boomerang.demo.enabled", "false"),
				Map.of("boomerang.demo.prebuilt", "false"), Map.of("boomerang.demo.people", "300"),
				Map.of("boomerang.demo.seed", "7"), Map.of("boomerang.demo.as-of", "2026-06-30"))) {
			Optional<NewStoreSeed.Seeding> plan = store.plan(dataDir, binder(other));
			assertThat(plan).as("with %s", other).isEmpty();
		}
		DemoStoreManifest manifest = DemoStoreManifest.readShipped(getClass().getClassLoader()).orElseThrow();
		assertThat(manifest.mismatch(demo(Map.of()), "5.0.0")).hasValueSatisfying(
				(why) -> assertThat(why).contains("written by Neo4j " + manifest.neo4j() + ", this is Neo4j 5.0.0"));
		assertThat(manifest.mismatch(demo(Map.of("boomerang.demo.seed", "7")), manifest.neo4j()))
			.hasValueSatisfying((why) -> assertThat(why).contains("seed " + manifest.seed()).contains("seed 7"));
	}

	/**
	 * The graph as sorted lines: nodes by labels and properties, relationships by ends.
	 */
	private List<String> graph(Driver driver) {
		List<String> lines = new ArrayList<>();
		driver.executableQuery(this.queries.get("testing/graph-nodes"))
			.execute()
			.records()
			.forEach((r) -> lines.add(labels(r.get("labels")) + " " + properties(r)));
		driver.executableQuery(this.queries.get("testing/graph-relationships"))
			.execute()
			.records()
			.forEach((r) -> lines.add("(" + labels(r.get("fromLabels")) + " " + r.get("from").asString(null) + ")-["
					+ r.get("type").asString() + " " + properties(r) + "]->(" + labels(r.get("toLabels")) + " "
					+ r.get("to").asString(null) + ")"));
		// The loader's marker of a finished load is not part of the network (and the
		// shipped store was made before there was one).
		lines.removeIf((line) -> line.startsWith(":DemoLoad "));
		// Nor is the audit entry of the load (a random id and the time it ran).
		lines.removeIf((line) -> line.startsWith(":AuditEntry "));
		lines.sort(null);
		return lines;
	}

	private static String labels(Value labels) {
		return labels.asList(Value::asString).stream().sorted().map((l) -> ":" + l).collect(Collectors.joining());
	}

	/**
	 * Properties in key order, without the volatile ones. List values are sorted: the
	 * lists in this graph are sets (a transfer's communities, a skill's aliases), and the
	 * order Cypher collects them in follows the store's record layout, which differs
	 * between a new store and the tests' much-rewritten one.
	 */
	private static String properties(Record record) {
		Map<String, Object> properties = new TreeMap<>(record.get("properties").asMap());
		properties.keySet().removeAll(VOLATILE);
		properties.replaceAll((key, value) -> (value instanceof List<?> list)
				? list.stream().map(String::valueOf).sorted().toList() : value);
		return properties.toString();
	}

	private static List<String> firstMissing(List<String> lines, List<String> from) {
		Set<String> present = new HashSet<>(from);
		return lines.stream().filter((line) -> !present.contains(line)).limit(5).toList();
	}

}
