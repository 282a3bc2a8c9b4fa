package org.boomerang.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.fail;

/**
 * The embedded database started in the background: over Bolt once started, its data kept
 * across a stop and a start (where no seed may touch it), a seed that fails leaving an
 * empty store, and a start that fails says where and why when first used.
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
		EmbeddedNeo4j second = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(dataDir, 0),
				seeding((staging) -> fail("a seed must not touch a data directory with a store")));
		try {
			assertThat(second.freshStore()).isFalse();
			try (Driver driver = GraphDatabase.driver(second.boltUri(), AuthTokens.none())) {
				assertThat(second.seeded()).isFalse();
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
	void a_seed_that_fails_leaves_a_new_empty_store_and_no_staging_behind() throws Exception {
		Path dataDir = this.temporary.resolve("seeded");
		Files.createDirectories(dataDir.resolve(".new-store-left-by-a-crash"));
		EmbeddedNeo4j db = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(dataDir, 0), seeding((staging) -> {
			Files.writeString(staging.resolve("half-written"), "x");
			throw new IOException("disk full");
		}));
		try {
			assertThat(db.freshStore()).isFalse();
			try (Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none())) {
				assertThat(db.seeded()).isFalse();
				assertThat(driver.executableQuery("MATCH (n) RETURN count(n) AS n")
					.execute()
					.records()
					.get(0)
					.get("n")
					.asLong()).isZero();
			}
		}
		finally {
			db.destroy();
		}
		try (Stream<Path> entries = Files.list(dataDir)) {
			assertThat(entries.map((p) -> p.getFileName().toString())).contains("data")
				.noneMatch((name) -> name.startsWith(".new-store-"));
		}
	}

	private static NewStoreSeed.Seeding seeding(Writer writer) {
		return new NewStoreSeed.Seeding() {

			@Override
			public String description() {
				return "a test seed";
			}

			@Override
			public void writeInto(Path staging) throws IOException {
				writer.write(staging);
			}

		};
	}

	private interface Writer {

		void write(Path staging) throws IOException;

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
