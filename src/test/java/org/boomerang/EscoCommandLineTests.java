package org.boomerang;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.boomerang.graph.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code import-esco} and {@code generate} from the command line, on the tests' graph.
 */
class EscoCommandLineTests extends GraphTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Autowired
	private EmbeddedNeo4j neo4j;

	private int run(String... args) {
		return CommandLine.run(BoomerangApplication.class, args,
				new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	@Test
	void import_esco_imports_an_export_directory_and_prints_the_counts() {
		int code = run("import-esco", "src/main/resources/demo/esco", "--spring.neo4j.uri=" + this.neo4j.boltUri(),
				"--spring.neo4j.authentication.username=" + this.neo4j.user(),
				"--spring.neo4j.authentication.password=" + this.neo4j.password());
		assertThat(code).as(this.err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("skills, ").contains("broader links in");
		assertThat(count("Skill")).isGreaterThan(1_000);
	}

	@Test
	void import_esco_without_an_export_exits_2() {
		assertThat(run("import-esco", "no/such/dir")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("must hold the ESCO CSV export");
	}

	@Test
	void generate_writes_a_document_that_import_accepts(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("small.json");
		assertThat(run("generate", "--people", "25", "--out", file.toString(), "--as-of", "2026-06-30")).isZero();
		assertThat(Files.size(file)).isPositive();
		importJson(Files.readString(file));
		assertThat(count("Person")).isEqualTo(25);
	}

}
