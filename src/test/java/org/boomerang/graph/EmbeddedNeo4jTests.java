package org.boomerang.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.fail;

/**
 * The embedded database started in the background: over Bolt once started, with the
 * password kept in the data directory and only with it, its data kept across a stop and a
 * start (where no seed may touch it), a seed that fails leaving an empty store, and a
 * start that fails says where and why when first used.
 */
class EmbeddedNeo4jTests {

	@TempDir
	Path temporary;

	private static AuthToken credentials(EmbeddedNeo4j db) {
		return AuthTokens.basic(db.user(), db.password());
	}

	@Test
	void bolt_asks_for_the_password_kept_owner_only_in_the_data_directory_and_keeps_it_across_restarts()
			throws Exception {
		Path dataDir = this.temporary.resolve("credentials");
		EmbeddedNeo4j first = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(dataDir, 0));
		String password;
		try {
			password = first.password();
			Path file = dataDir.resolve("bolt-password");
			assertThat(Files.readString(file).strip()).isEqualTo(password);
			assertThat(password).hasSizeGreaterThanOrEqualTo(40);
			assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
					PosixFilePermission.OWNER_WRITE);
			assertRefused(first, AuthTokens.none());
			assertRefused(first, AuthTokens.basic("neo4j", "neo4j"));
			assertRefused(first, AuthTokens.basic("neo4j", password + "x"));
			try (Driver driver = GraphDatabase.driver(first.boltUri(), AuthTokens.basic("neo4j", password))) {
				assertThat(driver.executableQuery("RETURN 1 AS one").execute().records().get(0).get("one").asInt())
					.isOne();
			}
		}
		finally {
			first.destroy();
		}
		EmbeddedNeo4j second = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(dataDir, 0));
		try {
			assertThat(second.password()).isEqualTo(password);
			try (Driver driver = GraphDatabase.driver(second.boltUri(), AuthTokens.basic("neo4j", password))) {
				driver.verifyConnectivity();
			}
			assertRefused(second, AuthTokens.none());
		}
		finally {
			second.destroy();
		}
	}

	@Test
	void a_password_file_others_could_read_is_narrowed_to_its_owner_and_a_removed_one_is_made_anew() throws Exception {
		Path dataDir = this.temporary.resolve("renewed");
		EmbeddedNeo4j first = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(dataDir, 0));
		String old;
		try {
			old = first.password();
		}
		finally {
			first.destroy();
		}
		Path file = dataDir.resolve("bolt-password");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		EmbeddedNeo4j narrowed = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(dataDir, 0));
		try {
			assertThat(narrowed.password()).isEqualTo(old);
			assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
					PosixFilePermission.OWNER_WRITE);
		}
		finally {
			narrowed.destroy();
		}
		Files.delete(file);
		EmbeddedNeo4j renewed = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(dataDir, 0));
		try {
			assertThat(renewed.password()).isNotEqualTo(old).isEqualTo(Files.readString(file).strip());
			try (Driver driver = GraphDatabase.driver(renewed.boltUri(), credentials(renewed))) {
				driver.verifyConnectivity();
			}
			assertRefused(renewed, AuthTokens.basic("neo4j", old));
		}
		finally {
			renewed.destroy();
		}
	}

	private static void assertRefused(EmbeddedNeo4j db, AuthToken token) {
		try (Driver driver = GraphDatabase.driver(db.boltUri(), token)) {
			assertThatExceptionOfType(AuthenticationException.class).isThrownBy(driver::verifyConnectivity);
		}
	}

	@Test
	void a_new_store_is_started_in_the_background_and_keeps_its_data_after_a_restart() {
		Path dataDir = this.temporary.resolve("data");
		EmbeddedNeo4j first = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(dataDir, 0));
		try {
			assertThat(first.freshStore()).isTrue();
			try (Driver driver = GraphDatabase.driver(first.boltUri(), credentials(first))) {
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
			try (Driver driver = GraphDatabase.driver(second.boltUri(), credentials(second))) {
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
			try (Driver driver = GraphDatabase.driver(db.boltUri(), credentials(db))) {
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
