package org.boomerang.importing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code esco-subset} command writes the health-professions-education subset of an
 * ESCO export, in the export's layout, into a directory; here over a small made-up export
 * ({@code src/test/resources/esco-fixture}) into a temporary directory.
 */
class EscoSubsetCommandTests {

	private static final Path FIXTURE = Path.of("src/test/resources/esco-fixture");

	private static final String GROUPS = "http://data.europa.eu/esco/";

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@TempDir
	Path target;

	private int run(String... args) {
		return EscoSubsetCommand.run(List.of(args), new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	@Test
	void writes_the_subset_that_the_reader_reads_back() {
		int code = run("--esco", FIXTURE.toString(), "--out", this.target.toString());
		assertThat(code).as(this.err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8))
			.contains("4 of 7 skills, 3 of 4 skill groups, 3 broader links");
		EscoTaxonomy written = EscoReader.read(this.target);
		Map<String, EscoConcept> byUri = written.concepts()
			.stream()
			.collect(Collectors.toMap(EscoConcept::uri, (c) -> c));
		// Health and teaching topics, a transversal skill, and the broader skill of a
		// kept
		// one; not the language skill, the unrelated trade or the warehouse skill.
		assertThat(written.skills()).extracting(EscoConcept::uri)
			.containsExactly("http://example.org/esco/skill/ehr", "http://example.org/esco/skill/think",
					"http://example.org/esco/skill/teach", "http://example.org/esco/skill/supervise");
		assertThat(written.groups()).extracting(EscoConcept::uri)
			.containsExactly(GROUPS + "isced-f/09", GROUPS + "isced-f/0913",
					GROUPS + "skill/58095196-d766-4a5c-b16c-d941489f8e66");
		// Cells with commas, quotes and several lines survive the round trip.
		EscoConcept ehr = byUri.get("http://example.org/esco/skill/ehr");
		assertThat(ehr.aliases()).containsExactly("use EHR", "use EMR");
		assertThat(ehr.description()).isEqualTo("Record care in electronic records, as the ward's system asks.");
		assertThat(ehr.reuseLevel()).isEqualTo("sector-specific");
		assertThat(ehr.skillType()).isEqualTo("skill/competence");
		// Broader links among kept concepts only, each once.
		assertThat(ehr.broader()).containsExactly(GROUPS + "isced-f/0913");
		assertThat(byUri.get(GROUPS + "isced-f/0913").broader()).containsExactly(GROUPS + "isced-f/09");
		assertThat(byUri.get("http://example.org/esco/skill/teach").broader())
			.containsExactly("http://example.org/esco/skill/supervise");
		assertThat(written.broaderLinks()).isEqualTo(3);
	}

	@Test
	void the_written_subset_is_the_filter_applied_to_the_export() {
		assertThat(run("--esco", FIXTURE.toString(), "--out", this.target.toString())).isZero();
		EscoTaxonomy expected = EscoFilter.healthProfessionsEducation(EscoReader.read(FIXTURE));
		EscoTaxonomy written = EscoReader.read(this.target);
		assertThat(written.concepts()).extracting(EscoConcept::uri)
			.containsExactlyElementsOf(expected.concepts().stream().map(EscoConcept::uri).toList());
		assertThat(written.concepts()).extracting(EscoConcept::name)
			.containsExactlyElementsOf(expected.concepts().stream().map(EscoConcept::name).toList());
	}

	@Test
	void without_an_export_it_exits_2_and_writes_nothing() throws Exception {
		assertThat(run("--out", this.target.toString())).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("usage: esco-subset --esco DIR");
		assertThat(run("--esco", this.target.resolve("missing").toString(), "--out", this.target.toString()))
			.isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("must hold the ESCO CSV export");
		try (var files = Files.list(this.target)) {
			assertThat(files).isEmpty();
		}
	}

	@Test
	void an_output_that_is_not_a_directory_exits_2() {
		assertThat(run("--esco", FIXTURE.toString(), "--out", this.target.resolve("nowhere").toString())).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("is not a directory");
	}

}
