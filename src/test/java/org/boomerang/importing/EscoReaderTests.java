package org.boomerang.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class EscoReaderTests {

	private static final String SKILL_A = "http://data.europa.eu/esco/skill/aaaa";

	private static final String SKILL_B = "http://data.europa.eu/esco/skill/bbbb";

	private static final String GROUP = "http://data.europa.eu/esco/skill/S1.3";

	@TempDir
	Path directory;

	private void writeTinyExport() throws IOException {
		Files.writeString(this.directory.resolve(EscoReader.SKILLS),
				"conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,description\n"
						+ "KnowledgeSkillCompetence," + SKILL_A + ",skill/competence,transversal,instruct others,"
						+ "\"teach others | train others\ncoach others\n\",\"Give instruction, \"\"hands on\"\",\n"
						+ "over two lines.\"\n" + "KnowledgeSkillCompetence," + SKILL_B
						+ ",knowledge,sector-specific,bedside teaching,,\n",
				StandardCharsets.UTF_8);
		Files.writeString(this.directory.resolve(EscoReader.GROUPS),
				"conceptType,conceptUri,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,"
						+ "inScheme,description\n" + "SkillGroup," + GROUP
						+ ",teaching and training,,,released,,,\"scheme/a\nscheme/b\",Imparting knowledge.\n",
				StandardCharsets.UTF_8);
		Files.writeString(this.directory.resolve(EscoReader.BROADER),
				"conceptType,conceptUri,broaderType,broaderUri\n" + "KnowledgeSkillCompetence," + SKILL_B
						+ ",KnowledgeSkillCompetence," + SKILL_A + "\n" + "KnowledgeSkillCompetence," + SKILL_A
						+ ",SkillGroup," + GROUP + "\n" + "KnowledgeSkillCompetence," + SKILL_B
						+ ",SkillGroup,http://data.europa.eu/esco/skill/not-in-the-selection\n",
				StandardCharsets.UTF_8);
	}

	@Test
	void reads_quoted_multi_line_cells_and_splits_alternative_labels_on_new_lines_and_bars() throws IOException {
		writeTinyExport();
		EscoTaxonomy taxonomy = EscoReader.read(this.directory);
		assertThat(taxonomy.skills()).hasSize(2);
		assertThat(taxonomy.groups()).singleElement().satisfies((g) -> {
			assertThat(g.uri()).isEqualTo(GROUP);
			assertThat(g.description()).isEqualTo("Imparting knowledge.");
		});
		EscoConcept instruct = taxonomy.skills().get(0);
		assertThat(instruct.name()).isEqualTo("instruct others");
		assertThat(instruct.aliases()).containsExactly("teach others", "train others", "coach others");
		assertThat(instruct.description()).isEqualTo("Give instruction, \"hands on\",\nover two lines.");
		assertThat(instruct.reuseLevel()).isEqualTo("transversal");
		assertThat(instruct.broader()).containsExactly(GROUP);
		assertThat(taxonomy.skills().get(1).broader()).containsExactly(SKILL_A,
				"http://data.europa.eu/esco/skill/not-in-the-selection");
	}

	@Test
	void conversion_drops_broader_links_leaving_the_selection_and_counts_it() throws IOException {
		writeTinyExport();
		EscoDocument.Converted converted = EscoDocument.convert(EscoReader.read(this.directory));
		JsonNode bedside = converted.skills().get(1);
		assertThat(bedside.get("id").asString()).isEqualTo(SKILL_B);
		assertThat(bedside.get("escoUri").asString()).isEqualTo(SKILL_B);
		assertThat(bedside.get("broader")).hasSize(1);
		assertThat(bedside.get("broader").get(0).asString()).isEqualTo(SKILL_A);
		assertThat(converted.adjustments()).containsEntry("broader links dropped (outside the selection)", 1);
	}

	@Test
	void conversion_trims_what_exceeds_the_import_limits_instead_of_refusing() {
		List<String> aliases = new java.util.ArrayList<>(
				IntStream.range(0, 120).mapToObj((i) -> "alias " + i).toList());
		aliases.add(String.join("", Collections.nCopies(250, "x")));
		EscoConcept big = new EscoConcept(SKILL_A, "x".repeat(400), aliases, "word ".repeat(3000), List.of(), false,
				"knowledge", "cross-sector");
		EscoDocument.Converted converted = EscoDocument.convert(new EscoTaxonomy(List.of(big)));
		ObjectNode skill = converted.skills().get(0);
		assertThat(skill.get("name").asString()).hasSizeLessThanOrEqualTo(300);
		assertThat(skill.get("aliases")).hasSize(100);
		assertThat(skill.get("description").asString()).hasSizeLessThanOrEqualTo(10_000);
		assertThat(converted.adjustments()).containsEntry("names shortened", 1)
			.containsEntry("descriptions shortened", 1)
			.containsEntry("aliases left out (over 100 per skill)", 20)
			.containsEntry("aliases left out (over 200 characters)", 1);
	}

}
