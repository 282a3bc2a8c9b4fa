package org.boomerang.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.boomerang.GraphTests;
import org.boomerang.graph.BackgroundWork;
import org.boomerang.graph.EmbeddedNeo4j;
import org.boomerang.importing.ImportResult;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documentation tells people to import the example document into the running demo.
 * That must add the example's entities beside the demo network and change nothing of it.
 * The demo here has fewer people than by default, to keep the test short: its
 * institutions, professions, communities and skills are the same at every size, and its
 * people, mentorships and transfers are numbered the same way.
 */
class ExampleIntoDemoTests extends GraphTests {

	private static final List<String> KINDS = List.of("institutions", "professions", "communities", "skills", "people",
			"mentorships", "transfers");

	@Autowired
	DemoRepository repository;

	@Autowired
	ObjectProvider<EmbeddedNeo4j> embedded;

	@Autowired
	BackgroundWork background;

	@Test
	void importing_the_example_into_the_demo_network_adds_its_entities_and_changes_nothing_of_the_demo()
			throws IOException {
		DemoLoader demo = new DemoLoader(new DemoProperties(true, 60, 20260308, null, true), this.repository,
				this.imports, this.embedded, this.background);
		assertThat(demo.loadIfEmpty()).isTrue();
		Map<String, Map<String, Object>> demoNodes = nodes();
		Map<List<Object>, Long> demoRelationships = relationships();
		Set<String> exampleIds = exampleIds();
		long audited = count("AuditEntry");

		ImportResult result = importExample();
		// The import's one audit entry is the only other node it adds.
		assertThat(count("AuditEntry")).isEqualTo(audited + 1);

		assertThat(result.counts()).allSatisfy((kind, counts) -> {
			assertThat(counts.updated()).as("%s updated", kind).isZero();
			assertThat(counts.unchanged()).as("%s already in the graph", kind).isZero();
		});
		Map<String, Map<String, Object>> nodes = nodes();
		assertThat(nodes).containsAllEntriesOf(demoNodes);
		Set<String> added = new HashSet<>(nodes.keySet());
		added.removeAll(demoNodes.keySet());
		assertThat(added).map((key) -> (String) nodes.get(key).get("id"))
			.containsExactlyInAnyOrderElementsOf(exampleIds);

		Map<List<Object>, Long> relationships = relationships();
		assertThat(relationships).containsAllEntriesOf(demoRelationships);
		Map<List<Object>, Long> addedRelationships = relationships.entrySet()
			.stream()
			.filter((r) -> !demoRelationships.containsKey(r.getKey()))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(addedRelationships).isNotEmpty()
			.allSatisfy((r, count) -> assertThat(List.of(r.get(0), r.get(3))).as("both ends of %s", r)
				.allMatch(exampleIds::contains));
	}

	/**
	 * Every node but the audit trail's with all its properties, keyed by its labels and
	 * id (or, for the few bookkeeping nodes without an id, its properties).
	 */
	private Map<String, Map<String, Object>> nodes() {
		return read("MATCH (n) WHERE NOT n:AuditEntry RETURN labels(n) AS labels, properties(n) AS properties",
				Map.of())
			.records()
			.stream()
			.collect(Collectors.toMap((r) -> nodeKey(r.get("labels").asList(), r.get("properties").asMap()),
					(r) -> r.get("properties").asMap()));
	}

	private static String nodeKey(List<Object> labels, Map<String, Object> properties) {
		Object id = properties.get("id");
		return labels + " " + ((id != null) ? id : properties);
	}

	/**
	 * Every relationship as (start id, type, properties, end id), counted (two of the
	 * same would otherwise count once).
	 */
	private Map<List<Object>, Long> relationships() {
		return read("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, properties(r) AS properties, b.id AS b",
				Map.of())
			.records()
			.stream()
			.map((r) -> Arrays.asList(r.get("a").asObject(), r.get("type").asString(), r.get("properties").asMap(),
					r.get("b").asObject()))
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
	}

	private static Set<String> exampleIds() throws IOException {
		JsonNode example = JsonMapper.builder().build().readTree(Files.readString(EXAMPLE));
		Set<String> ids = new HashSet<>();
		for (String kind : KINDS) {
			example.get(kind).forEach((entity) -> ids.add(entity.get("id").asString()));
		}
		return ids;
	}

}
