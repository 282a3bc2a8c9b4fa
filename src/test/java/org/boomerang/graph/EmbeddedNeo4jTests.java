package org.boomerang.graph;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The embedded database started in the background: over Bolt once started, its data kept
 * across a stop and a start, and a start that fails says where and why when first used.
 */
class EmbeddedNeo4jTests {

	@TempDir
	Path temporary;

	@Test
	void a_new_store_is_started_in_the_background_and_keeps_its_data_after_a_restart() {
		Path dataDir = this.temporary.resolve("data");
		EmbeddedNeo4j first = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(dataDir, 0));
		try {
			assertThat(first.freshStore()).isTrue();
			try (Driver driver = GraphDatabase.driver(first.boltUri(), AuthTokens.none())) {
				driver.executableQuery("CREATE (:Probe {id: 'kept'})").execute();
			}
		}
		finally {
			first.destroy();
		}
		EmbeddedNeo4j second = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(dataDir, 0));
		try {
			assertThat(second.freshStore()).isFalse();
			try (Driver driver = GraphDatabase.driver(second.boltUri(), AuthTokens.none())) {
				assertThat(driver.executableQuery("MATCH (p:Probe) RETURN p.id AS id")
					.execute()
					.records()
					.get(0)
					.get("id")
					.asString()).isEqualTo("kept");
			}
		}
		finally {
			second.destroy();
		}
	}

	@Test
	void a_start_that_fails_names_the_data_directory_when_the_database_is_first_used() throws Exception {
		Path notADirectory = Files.writeString(this.temporary.resolve("a-file"), "not a directory");
		EmbeddedNeo4j db = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(notADirectory, 0));
		assertThatIllegalStateException().isThrownBy(db::boltUri)
			.withMessageContaining("did not start")
			.withMessageContaining(notADirectory.toAbsolutePath().toString());
		db.destroy();
	}

	@Test
	void a_lazy_driver_is_made_on_first_use_and_closing_an_unused_one_makes_nothing() {
		Driver unused = LazyDriver.of(() -> {
			throw new AssertionError("an unused driver must not be made");
		});
		unused.close();
		int[] made = new int[1];
		Driver used = LazyDriver.of(() -> {
			made[0]++;
			return GraphDatabase.driver("bolt://127.0.0.1:1", AuthTokens.none());
		});
		assertThat(made[0]).isZero();
		assertThat(used.isEncrypted()).isFalse();
		assertThat(used.isEncrypted()).isFalse();
		assertThat(made[0]).isEqualTo(1);
		used.close();
	}

}
