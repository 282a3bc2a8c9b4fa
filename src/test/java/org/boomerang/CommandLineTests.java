package org.boomerang;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.boomerang.graph.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line works on the same graph as the service: here it is pointed at the
 * tests' embedded database through its Bolt port, as it would be at a server with
 * spring.neo4j.uri.
 */
class CommandLineTests extends GraphTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Autowired
	private EmbeddedNeo4j neo4j;

	private int run(String... args) {
		return CommandLine.run(BoomerangApplication.class, args,
				new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	/** The tests' database, as a command given its address and credentials reaches it. */
	private String[] database() {
		return new String[] { "--spring.neo4j.uri=" + this.neo4j.boltUri(),
				"--spring.neo4j.authentication.username=" + this.neo4j.user(),
				"--spring.neo4j.authentication.password=" + this.neo4j.password() };
	}

	private int runOnDatabase(String... args) {
		String[] all = Arrays.copyOf(args, args.length + 3);
		System.arraycopy(database(), 0, all, args.length, 3);
		return run(all);
	}

	@Test
	void import_writes_a_document_and_prints_the_counts_per_kind() {
		int code = runOnDatabase("import", EXAMPLE.toString());
		assertThat(code).as(this.err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("people").contains("created 4");
		assertThat(count("Person")).isEqualTo(4);
	}

	@Test
	void import_of_an_invalid_document_exits_1_listing_problems_by_path_and_writes_nothing(@TempDir Path dir)
			throws Exception {
		Path broken = dir.resolve("broken.json");
		Files.writeString(broken, Files.readString(EXAMPLE).replace("\"SENIOR\"", "\"EMERITUS\""));
		int code = runOnDatabase("import", broken.toString());
		assertThat(code).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("$.people[1].careerStage")
			.contains("nothing was written");
		assertThat(count("Person")).isZero();
	}

	@Test
	void import_of_an_hr_feed_writes_its_people_and_ends_the_affiliations_a_full_feed_leaves_out() {
		assertThat(runOnDatabase("import", EXAMPLE.toString())).isZero();
		int code = runOnDatabase("import", "docs/examples/harbour-hospital-feed.csv",
				"--feed-institution=inst:example-harbour-hospital", "--feed-date=2026-11-30");
		assertThat(code).as(this.err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("created 1, updated 1, unchanged 1")
			.contains("1 affiliation(s) with inst:example-harbour-hospital ended on 2026-11-30");
		assertThat(count("Person")).isEqualTo(5);
	}

	@Test
	void full_feed_options_on_a_json_document_are_a_wrong_usage() {
		assertThat(runOnDatabase("import", EXAMPLE.toString(), "--feed-institution=inst:x")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("are for an HR feed");
		assertThat(count("Person")).isZero();
	}

	@Test
	void demo_store_imports_the_demo_into_a_new_store_and_packs_it_with_its_manifest(@TempDir Path dir)
			throws Exception {
		int code = run("demo-store", "--out", dir.toString());
		assertThat(code).as(this.err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("400 people, seed 20260308");
		Properties manifest = new Properties();
		try (InputStream in = Files.newInputStream(dir.resolve("demo-store.properties"))) {
			manifest.load(in);
		}
		assertThat(manifest).containsEntry("people", "400")
			.containsEntry("seed", "20260308")
			.containsEntry("as-of", "2026-11-26")
			.containsKey("neo4j");
		List<String> entries = new ArrayList<>();
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(dir.resolve("demo-store.zip")))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.add(entry.getName());
			}
		}
		assertThat(entries).contains("data/databases/neo4j/neostore", "data/databases/system/neostore")
			.anyMatch((name) -> name.startsWith("data/transactions/neo4j/"))
			.noneMatch((name) -> name.endsWith("_lock") || name.endsWith("server_id"));
		// The tests' own graph is untouched: the store was made in a directory of its
		// own.
		assertThat(count("Person")).isZero();
	}

	@Test
	void demo_store_refuses_a_wrong_usage_or_a_missing_directory_with_2() {
		assertThat(run("demo-store", "--people", "5")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("usage: demo-store [--out DIR]");
		assertThat(run("demo-store", "--out", "no/such/directory")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("is not a directory");
	}

	@Test
	void a_missing_file_or_a_wrong_usage_exits_2() {
		assertThat(runOnDatabase("import", "no/such/file.json")).isEqualTo(2);
		assertThat(run("import")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("usage: import FILE");
	}

	@Test
	void help_lists_every_command_and_esco_subset_runs_as_one() {
		assertThat(run("help")).isZero();
		String help = this.err.toString(StandardCharsets.UTF_8);
		CommandLine.COMMANDS.forEach((command) -> assertThat(help).contains("  " + command));
		assertThat(run("esco-subset")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("usage: esco-subset --esco DIR");
	}

}
