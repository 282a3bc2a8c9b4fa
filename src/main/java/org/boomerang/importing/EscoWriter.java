package org.boomerang.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Writes ESCO concepts in the export's own CSV layout ({@value EscoReader#SKILLS},
 * {@value EscoReader#GROUPS}, {@value EscoReader#BROADER}), so that {@link EscoReader}
 * reads them back as it reads the export. Broader links to concepts that are not written
 * are left out.
 */
final class EscoWriter {

	private static final CsvMapper CSV = CsvMapper.builder().build();

	private static final String SKILL_TYPE = "KnowledgeSkillCompetence";

	private static final String GROUP_TYPE = "SkillGroup";

	private EscoWriter() {
	}

	/**
	 * Writes the three files into a directory, replacing them.
	 * @param taxonomy the concepts to write
	 * @param directory where to write them
	 * @return the number of broader links written
	 * @throws UncheckedIOException when a file cannot be written
	 */
	static int write(EscoTaxonomy taxonomy, Path directory) {
		Set<String> written = taxonomy.concepts().stream().map(EscoConcept::uri).collect(Collectors.toSet());
		Set<String> groups = taxonomy.groups().stream().map(EscoConcept::uri).collect(Collectors.toSet());
		file(directory.resolve(EscoReader.SKILLS), List.of("conceptType", "conceptUri", "skillType", "reuseLevel",
				"preferredLabel", "altLabels", "description"), (rows) -> {
					for (EscoConcept c : taxonomy.skills()) {
						rows.write(List.of(SKILL_TYPE, c.uri(), c.skillType(), c.reuseLevel(), c.name(),
								String.join("\n", c.aliases()), orEmpty(c.description())));
					}
				});
		file(directory.resolve(EscoReader.GROUPS),
				List.of("conceptType", "conceptUri", "preferredLabel", "altLabels", "description"), (rows) -> {
					for (EscoConcept c : taxonomy.groups()) {
						rows.write(List.of(GROUP_TYPE, c.uri(), c.name(), String.join("\n", c.aliases()),
								orEmpty(c.description())));
					}
				});
		int[] links = new int[1];
		file(directory.resolve(EscoReader.BROADER), List.of("conceptType", "conceptUri", "broaderType", "broaderUri"),
				(rows) -> {
					for (EscoConcept c : taxonomy.concepts()) {
						for (String parent : c.broader().stream().distinct().filter(written::contains).toList()) {
							rows.write(List.of(c.group() ? GROUP_TYPE : SKILL_TYPE, c.uri(),
									groups.contains(parent) ? GROUP_TYPE : SKILL_TYPE, parent));
							links[0]++;
						}
					}
				});
		return links[0];
	}

	private static void file(Path path, List<String> columns, Rows content) {
		CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
		columns.forEach(schema::addColumn);
		try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
				SequenceWriter rows = CSV.writer(schema.build()).writeValues(out)) {
			content.write(rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + path + ": " + ex.getMessage(), ex);
		}
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

	/** Writes the rows of one file. */
	@FunctionalInterface
	private interface Rows {

		void write(SequenceWriter rows) throws IOException;

	}

}
