package org.boomerang.importing;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes the shipped ESCO subset ({@code src/main/resources/demo/esco/}) from the full
 * export with {@link EscoFilter}, in the export's own CSV layout. Not a test of
 * behaviour: it runs only when asked, e.g.
 * {@code ./mvnw test -Dtest=EscoSubsetWriterTests -Desco.source=esco} (the full export
 * kept in the project's {@code esco/} directory).
 */
@EnabledIfSystemProperty(named = "esco.source", matches = ".+")
class EscoSubsetWriterTests {

	private static final Path TARGET = Path.of("src/main/resources/demo/esco");

	@Test
	void writes_the_health_professions_education_subset() throws IOException {
		EscoTaxonomy full = EscoReader.read(Path.of(System.getProperty("esco.source")));
		EscoTaxonomy subset = EscoFilter.healthProfessionsEducation(full);
		Set<String> kept = subset.concepts().stream().map(EscoConcept::uri).collect(Collectors.toSet());
		Files.createDirectories(TARGET);
		try (Writer out = Files.newBufferedWriter(TARGET.resolve(EscoReader.SKILLS), StandardCharsets.UTF_8)) {
			row(out, "conceptType", "conceptUri", "skillType", "reuseLevel", "preferredLabel", "altLabels",
					"description");
			for (EscoConcept c : subset.skills()) {
				row(out, "KnowledgeSkillCompetence", c.uri(), c.skillType(), c.reuseLevel(), c.name(),
						String.join("\n", c.aliases()), c.description());
			}
		}
		try (Writer out = Files.newBufferedWriter(TARGET.resolve(EscoReader.GROUPS), StandardCharsets.UTF_8)) {
			row(out, "conceptType", "conceptUri", "preferredLabel", "altLabels", "description");
			for (EscoConcept c : subset.groups()) {
				row(out, "SkillGroup", c.uri(), c.name(), String.join("\n", c.aliases()), c.description());
			}
		}
		try (Writer out = Files.newBufferedWriter(TARGET.resolve(EscoReader.BROADER), StandardCharsets.UTF_8)) {
			row(out, "conceptType", "conceptUri", "broaderType", "broaderUri");
			for (EscoConcept c : subset.concepts()) {
				for (String parent : c.broader().stream().distinct().toList()) {
					if (kept.contains(parent)) {
						boolean parentIsGroup = subset.groups().stream().anyMatch((g) -> g.uri().equals(parent));
						row(out, c.group() ? "SkillGroup" : "KnowledgeSkillCompetence", c.uri(),
								parentIsGroup ? "SkillGroup" : "KnowledgeSkillCompetence", parent);
					}
				}
			}
		}
		EscoTaxonomy written = EscoReader.read(TARGET);
		assertThat(written.concepts()).hasSize(subset.concepts().size());
	}

	private static void row(Writer out, String... cells) throws IOException {
		out.write(java.util.Arrays.stream(cells).map(EscoSubsetWriterTests::cell).collect(Collectors.joining(",")));
		out.write("\n");
	}

	private static String cell(String value) {
		if (value == null) {
			return "";
		}
		boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
		return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}

}
