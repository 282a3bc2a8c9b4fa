package org.boomerang.importing;

import java.util.Map;

import org.boomerang.GraphTests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class EscoImporterTests extends GraphTests {

	private static final String COUNSEL_ON_HEARING = "http://data.europa.eu/esco/skill/0fc9b742-ad2e-4ae1-bcc1-5207e0496675";

	private static final String INSTRUCT_OTHERS = "http://data.europa.eu/esco/skill/699e7c26-6502-4e78-a823-3656ff5a5b8b";

	@Autowired
	EscoImporter esco;

	@Test
	void the_shipped_subset_imports_with_its_skills_groups_and_broader_links() {
		EscoTaxonomy subset = EscoReader.readClasspath("demo/esco");
		EscoImporter.Result result = this.esco.importTaxonomy(subset);
		assertThat(result.skills()).isEqualTo(subset.skills().size()).isBetween(1_000, 4_000);
		assertThat(result.groups()).isEqualTo(subset.groups().size()).isPositive();
		assertThat(count("Skill")).isEqualTo(result.skills() + result.groups());
		assertThat(result.result().counts().get("skills").created()).isEqualTo(result.skills() + result.groups());
		long links = read("MATCH (:Skill)-[r:BROADER]->(:Skill) RETURN count(r) AS c", Map.of()).records()
			.get(0)
			.get("c")
			.asLong();
		assertThat(links).isEqualTo(result.broaderLinks()).isPositive();
	}

	@Test
	void a_known_esco_skill_keeps_its_label_uri_and_broader_skill() {
		this.esco.importTaxonomy(EscoReader.readClasspath("demo/esco"));
		var record = read(
				"MATCH (s:Skill {id: $id}) OPTIONAL MATCH (s)-[:BROADER]->(p:Skill) "
						+ "RETURN s.name AS name, s.escoUri AS uri, collect(p.id) AS broader",
				Map.of("id", COUNSEL_ON_HEARING))
			.records()
			.get(0);
		assertThat(record.get("name").asString()).isEqualTo("counsel patients on improving hearing");
		assertThat(record.get("uri").asString()).isEqualTo(COUNSEL_ON_HEARING);
		assertThat(record.get("broader").asList((v) -> v.asString())).contains(INSTRUCT_OTHERS);
	}

	@Test
	void importing_the_subset_again_reports_every_skill_unchanged() {
		EscoTaxonomy subset = EscoReader.readClasspath("demo/esco");
		this.esco.importTaxonomy(subset);
		ImportResult.Counts again = this.esco.importTaxonomy(subset).result().counts().get("skills");
		assertThat(again.created()).isZero();
		assertThat(again.updated()).isZero();
		assertThat(again.unchanged()).isEqualTo(subset.concepts().size());
	}

}
