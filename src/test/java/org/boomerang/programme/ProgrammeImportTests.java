package org.boomerang.programme;

import org.boomerang.importing.ImportRejectedException;
import org.boomerang.importing.ImportResult;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Programmes in the import document: a {@code programmes} list after the people, with its
 * institutions, coordinators, pool and cohort, and the mentorships that name it linked to
 * it.
 */
class ProgrammeImportTests extends ProgrammeGraphQl {

	private static final String DOCUMENT = """
			{ "format": "boomerang-import/1",
			  "programmes": [
			    { "id": "prog:imported", "name": "Imported scheme", "kind": "REVERSE",
			      "institutions": ["inst:harbour", "inst:uni"], "coordinators": ["cora"],
			      "mentors": ["mia", "max"], "mentees": ["eva", "ezra"],
			      "rules": { "crossInstitution": true, "maxMenteesPerMentor": 2 } } ],
			  "mentorships": [
			    { "id": "m:imported", "mentor": "mia", "mentee": "eli", "skills": ["skill:ehr"],
			      "startedOn": "2025-01-01", "origin": "ASSIGNED", "program": "prog:imported" } ] }
			""";

	@Test
	void a_programme_imported_with_its_people_reads_back_whole_and_again_changes_nothing() {
		importJson(NETWORK);
		ImportResult first = importJson(DOCUMENT);
		assertThat(first.counts().get("programmes").created()).isEqualTo(1);
		JsonNode programme = json(as(this.tokens.coordinator("cora"), "Programme", "id", "prog:imported"), "programme");
		assertThat(programme.get("kind").asString()).isEqualTo("REVERSE");
		assertThat(ids(programme.get("institutions"))).containsExactly("inst:harbour", "inst:uni");
		assertThat(ids(programme.get("coordinators"))).containsExactly("cora");
		assertThat(ids(programme.get("mentors"))).containsExactly("max", "mia");
		assertThat(ids(programme.get("mentees"))).containsExactly("eva", "ezra");
		assertThat(programme.get("rules").get("crossInstitution").asBoolean()).isTrue();
		assertThat(programme.get("rules").get("crossProfession").asBoolean()).isFalse();
		assertThat(programme.get("rules").get("maxMenteesPerMentor").asInt()).isEqualTo(2);
		assertThat(ids(programme.get("mentorships"))).containsExactly("m:imported");
		ImportResult again = importJson(DOCUMENT);
		assertThat(again.counts().get("programmes").unchanged()).isEqualTo(1);
		assertThat(count("Programme")).isEqualTo(1);
	}

	@Test
	void a_programme_naming_what_does_not_exist_is_refused_with_the_paths() {
		importJson(NETWORK);
		assertThatExceptionOfType(ImportRejectedException.class).isThrownBy(() -> importJson("""
				{ "format": "boomerang-import/1",
				  "programmes": [ { "id": "prog:bad", "name": "Bad", "kind": "SIDEWAYS", "institutions": [],
				                    "coordinators": ["nobody"], "rules": { "maxMenteesPerMentor": 50 } } ] }
				"""))
			.satisfies((ex) -> assertThat(ex.problems().stream().map((p) -> p.path()).toList()).contains(
					"$.programmes[0].kind", "$.programmes[0].institutions", "$.programmes[0].coordinators[0]",
					"$.programmes[0].rules.maxMenteesPerMentor"));
		assertThat(count("Programme")).isZero();
	}

}
