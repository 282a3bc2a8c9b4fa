package org.boomerang.graph;

import java.util.Map;

import org.boomerang.GraphTests;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class QueriesTests extends GraphTests {

	@Test
	void every_query_of_the_catalogue_is_valid_cypher_for_the_database() {
		assertThat(this.queries.all()).isNotEmpty();
		try (Session session = this.driver.session()) {
			for (Map.Entry<String, String> query : this.queries.all().entrySet()) {
				assertThatNoException().as(query.getKey())
					.isThrownBy(() -> session.run("EXPLAIN " + query.getValue()).consume());
			}
		}
	}

	@Test
	void asking_for_a_query_that_has_no_file_fails_with_its_expected_path() {
		assertThatIllegalStateException().isThrownBy(() -> this.queries.get("nowhere/missing"))
			.withMessageContaining("queries/nowhere/missing.cypher");
	}

	@Test
	void queries_are_named_by_feature_folder_and_file() {
		assertThat(this.queries.all()).containsKey("importing/upsert-people");
	}

}
