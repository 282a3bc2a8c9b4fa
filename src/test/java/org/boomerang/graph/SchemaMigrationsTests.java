package org.boomerang.graph;

import java.util.List;
import java.util.Map;

import org.boomerang.GraphTests;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaMigrationsTests extends GraphTests {

	@Autowired
	private SchemaMigrations migrations;

	@Test
	void every_schema_file_is_recorded_once_in_the_graph_in_version_order() {
		List<Integer> versions = read("MATCH (m:__SchemaMigration) RETURN m.version AS v ORDER BY v", Map.of())
			.records()
			.stream()
			.map((r) -> r.get("v").asInt())
			.toList();
		List<Integer> files = SchemaMigrations.discover().stream().map(SchemaMigrations.Migration::version).toList();
		assertThat(versions).isEqualTo(files).doesNotHaveDuplicates();
	}

	@Test
	void running_the_migrations_again_applies_nothing() {
		assertThat(this.migrations.migrate()).isEmpty();
	}

	@Test
	void every_node_label_of_the_model_has_a_unique_id_constraint() {
		List<String> constrained = read(
				"SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = 'UNIQUENESS' AND properties = ['id'] RETURN labelsOrTypes",
				Map.of())
			.records()
			.stream()
			.map((r) -> r.get("labelsOrTypes").asList(Value::asString).get(0))
			.toList();
		assertThat(constrained).contains("Person", "Skill", "Profession", "Institution", "Community", "Mentorship",
				"Transfer");
	}

	@Test
	void version_17_removes_the_context_edges_of_transfers_written_before_it_and_keeps_their_lists() {
		importExample();
		write("MATCH (t:Transfer), (c:Community {id: t.fromCommunities[0]}) CREATE (t)-[:FROM_CONTEXT]->(c)", Map.of());
		write("MATCH (t:Transfer), (i:Institution {id: t.toInstitutions[0]}) CREATE (t)-[:TO_CONTEXT]->(i)", Map.of());
		assertThat(edges()).isPositive();
		SchemaMigrations.Migration v17 = SchemaMigrations.discover()
			.stream()
			.filter((m) -> m.version() == 17)
			.findFirst()
			.orElseThrow();
		try (var session = this.driver.session()) {
			v17.statements().forEach((statement) -> session.run(statement).consume());
		}
		assertThat(edges()).isZero();
		assertThat(read("MATCH (t:Transfer) WHERE size(t.fromCommunities) > 0 RETURN count(t) AS c", Map.of()).records()
			.get(0)
			.get("c")
			.asLong()).isPositive();
	}

	private long edges() {
		return read("MATCH (:Transfer)-[r:FROM_CONTEXT|TO_CONTEXT]->() RETURN count(r) AS c", Map.of()).records()
			.get(0)
			.get("c")
			.asLong();
	}

	@Test
	void a_schema_file_is_split_into_statements_without_its_comments() {
		assertThat(SchemaMigrations.statements("// why\nCREATE A;\n\n// more\nCREATE B;\n")).containsExactly("CREATE A",
				"CREATE B");
	}

}
