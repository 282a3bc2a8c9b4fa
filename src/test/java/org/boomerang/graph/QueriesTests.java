package org.boomerang.graph;

import java.util.Map;

import org.boomerang.GraphTests;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class QueriesTests extends GraphTests {

	@Test
	void every_query_of_the_catalogue_is_valid_cypher_for_the_database() {
		assertThat(this.queries.all()).isNotEmpty();
		try (Session session = this.driver.session();
				Session system = this.driver.session(SessionConfig.forDatabase("system"))) {
			for (Map.Entry<String, String> query : this.queries.all().entrySet()) {
				// Administration commands (system/) run on the system database.
				Session on = query.getKey().startsWith("system/") ? system : session;
				assertThatNoException().as(query.getKey())
					.isThrownBy(() -> on.run("EXPLAIN " + query.getValue()).consume());
			}
		}
	}

	@Test
	void asking_for_a_query_that_has_no_file_fails_with_its_expected_path() {
		assertThatIllegalStateException().isThrownBy(() -> this.queries.get("nowhere/missing"))
			.withMessageContaining("queries/nowhere/missing.cypher");
	}

	@Test
	void a_named_fragment_is_put_in_place_over_the_querys_own_variable() {
		String expanded = Queries.expand("q", "MATCH (p) WHERE {{person/visible:p}} RETURN p",
				(name) -> "__it.id = $id OR __item = 1");
		assertThat(expanded).isEqualTo("MATCH (p) WHERE (p.id = $id OR __item = 1) RETURN p");
	}

	@Test
	void a_query_naming_a_fragment_that_has_no_file_fails_with_its_expected_path() {
		assertThatIllegalStateException()
			.isThrownBy(() -> Queries.expand("q", "RETURN {{nowhere/missing:p}}", (name) -> null))
			.withMessageContaining("queries/nowhere/missing.fragment");
	}

	@Test
	void queries_are_named_by_feature_folder_and_file() {
		assertThat(this.queries.all()).containsKey("importing/upsert-people");
	}

}
