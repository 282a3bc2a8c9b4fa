package org.boomerang.importing;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.boomerang.GraphTests;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A re-sent document large enough for the first reading to compare its people,
 * mentorships and taxonomy with the graph (chunks of
 * {@link DocumentSurvey#COMPARED_CHUNK}): what the graph holds as stated is left out of
 * the writing, and whatever was changed behind the import's back (a link removed, added
 * or altered) is found and written again, exactly as when every entity was compared in
 * the writing transactions.
 */
class ImportResendTests extends GraphTests {

	private static final int SIZE = DocumentSurvey.COMPARED_CHUNK + 150;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void a_resent_directory_restores_what_was_changed_behind_the_imports_back_and_leaves_the_rest() {
		ObjectNode document = directory();
		ImportResult first = this.imports.importDocument(document);
		assertThat(first.counts().get("people").created()).isEqualTo(SIZE);

		ImportResult again = this.imports.importDocument(document);
		assertThat(again.counts().get("people")).isEqualTo(new ImportResult.Counts(0, 0, SIZE));
		assertThat(again.counts().get("mentorships")).isEqualTo(new ImportResult.Counts(0, 0, SIZE - 1));
		assertThat(again.counts().get("skills")).isEqualTo(new ImportResult.Counts(0, 0, SIZE));

		// Behind the import's back: a skill holding removed, a level changed, a wish
		// added, a mentorship's topic removed, a broader link removed and another added.
		write("MATCH (:Person {id: 'person:5'})-[r:HAS_SKILL]->(:Skill {id: 'skill:5'}) DELETE r", Map.of());
		write("MATCH (:Person {id: 'person:7'})-[r:HAS_SKILL]->(:Skill {id: 'skill:7'}) SET r.level = 1", Map.of());
		write("MATCH (p:Person {id: 'person:9'}), (s:Skill {id: 'skill:900'}) CREATE (p)-[:WANTS_TO_LEARN]->(s)",
				Map.of());
		write("MATCH (:Mentorship {id: 'mentorship:3'})-[r:ABOUT]->() DELETE r", Map.of());
		write("MATCH (:Skill {id: 'skill:10'})-[r:BROADER]->() DELETE r", Map.of());
		write("MATCH (a:Skill {id: 'skill:20'}), (b:Skill {id: 'skill:5'}) CREATE (a)-[:BROADER]->(b)", Map.of());

		// The first reading finds exactly those, and the writing leaves out the rest.
		DocumentSurvey survey = this.imports.check(DocumentSource.of(document), ImportProgress.NONE);
		for (int person : List.of(5, 7, 9)) {
			assertThat(survey.unchanged(Kind.PEOPLE, person)).as("person %d", person).isFalse();
		}
		assertThat(survey.unchanged(Kind.MENTORSHIPS, 2)).as("mentorship:3").isFalse();
		long unchangedPeople = IntStream.range(0, SIZE).filter((i) -> survey.unchanged(Kind.PEOPLE, i)).count();
		long unchangedMentorships = IntStream.range(0, SIZE - 1)
			.filter((i) -> survey.unchanged(Kind.MENTORSHIPS, i))
			.count();
		assertThat(unchangedPeople).isEqualTo(SIZE - 3);
		assertThat(unchangedMentorships).isEqualTo(SIZE - 2);

		ImportResult restored = this.imports.importDocument(document);
		assertThat(restored.counts().get("people")).isEqualTo(new ImportResult.Counts(0, 3, SIZE - 3));
		assertThat(restored.counts().get("mentorships")).isEqualTo(new ImportResult.Counts(0, 1, SIZE - 2));
		assertThat(restored.counts().get("skills")).isEqualTo(new ImportResult.Counts(0, 2, SIZE - 2));
		assertThat(one("MATCH (:Person {id: 'person:5'})-[r:HAS_SKILL]->(:Skill {id: 'skill:5'}) RETURN r.level"))
			.isEqualTo(4L);
		assertThat(one("MATCH (:Person {id: 'person:7'})-[r:HAS_SKILL]->(:Skill {id: 'skill:7'}) RETURN r.level"))
			.isEqualTo(4L);
		assertThat(one("MATCH (:Person {id: 'person:9'})-[:WANTS_TO_LEARN]->(s) RETURN collect(s.id)"))
			.isEqualTo(List.of("skill:10"));
		assertThat(one("MATCH (:Mentorship {id: 'mentorship:3'})-[:ABOUT]->(s) RETURN collect(s.id)"))
			.isEqualTo(List.of("skill:3"));
		assertThat(one("MATCH (a:Skill)-[:BROADER]->(b) WHERE a.id IN ['skill:10', 'skill:20'] "
				+ "WITH a.id + '>' + b.id AS link ORDER BY link RETURN collect(link)"))
			.isEqualTo(List.of("skill:10>skill:9", "skill:20>skill:19"));

		assertThat(this.imports.importDocument(document).counts().get("people"))
			.isEqualTo(new ImportResult.Counts(0, 0, SIZE));
	}

	@Test
	void a_resent_directory_that_changes_most_people_writes_them_all() {
		ObjectNode document = directory();
		this.imports.importDocument(document);
		for (var person : document.withArray("people")) {
			((ObjectNode) person).put("bio", "Changed in the feed.");
		}
		assertThat(this.imports.importDocument(document).counts().get("people"))
			.isEqualTo(new ImportResult.Counts(0, SIZE, 0));
		assertThat(one("MATCH (p:Person) WHERE p.bio = 'Changed in the feed.' RETURN count(p)")).isEqualTo((long) SIZE);
	}

	@Test
	void a_resent_document_whose_every_entity_is_skipped_is_still_in_the_audit_trail() {
		ObjectNode everything = directory();
		this.imports.importDocument(everything);
		ObjectNode people = this.json.createObjectNode();
		people.put("format", "boomerang-import/1");
		people.set("people", everything.get("people"));
		assertThat(this.imports.importDocument(people).counts().get("people"))
			.isEqualTo(new ImportResult.Counts(0, 0, SIZE));
		assertThat(one("MATCH (a:AuditEntry {operation: 'import'}) WITH a ORDER BY a.at "
				+ "RETURN collect([a.status, a.unchanged[0]])"))
			.isEqualTo(List.of(List.of("COMPLETED", 0L), List.of("COMPLETED", (long) SIZE)));
	}

	@Test
	void ids_are_checked_as_the_documented_pattern_says() {
		Pattern documented = FieldReader.ID;
		for (String id : List.of("person:1", "http://data.europa.eu/esco/skill/8dd866b9-ec50", "a", "A.b_c:d/e#f-9",
				"x".repeat(200), "", "x".repeat(201), "has space", "ümlaut", "semi;colon", "quote'", "tab\t",
				"line\nbreak", "star*")) {
			assertThat(FieldReader.isId(id)).as(id).isEqualTo(documented.matcher(id).matches());
		}
		for (char c = 0; c < 256; c++) {
			String id = "a" + c;
			assertThat(FieldReader.isId(id)).as("char %d", (int) c).isEqualTo(documented.matcher(id).matches());
		}
	}

	/** The one value a query returns. */
	private Object one(String cypher) {
		return read(cypher, Map.of()).records().get(0).get(0).asObject();
	}

	/**
	 * A directory of {@link #SIZE} people, each holding one skill of a taxonomy that is a
	 * chain (each skill broader than the next), wishing to learn the next skill, in one
	 * profession, institution and community, each mentoring the next person.
	 */
	private ObjectNode directory() {
		ObjectNode document = this.json.createObjectNode();
		document.put("format", "boomerang-import/1");
		document.putArray("institutions")
			.addObject()
			.put("id", "inst:1")
			.put("name", "Harbour")
			.put("kind", "HOSPITAL");
		document.putArray("professions").addObject().put("id", "prof:1").put("name", "Medicine");
		document.putArray("communities").addObject().put("id", "cop:1").put("name", "Educators");
		ArrayNode skills = document.putArray("skills");
		ArrayNode people = document.putArray("people");
		ArrayNode mentorships = document.putArray("mentorships");
		for (int i = 0; i < SIZE; i++) {
			ObjectNode skill = skills.addObject().put("id", "skill:" + i).put("name", "Skill " + i);
			if (i > 0) {
				skill.putArray("broader").add("skill:" + (i - 1));
			}
			ObjectNode person = people.addObject()
				.put("id", "person:" + i)
				.put("name", "Person " + i)
				.put("careerStage", (i % 2 == 0) ? "EARLY_CAREER" : "SENIOR");
			person.putArray("professions").add("prof:1");
			person.putArray("affiliations")
				.addObject()
				.put("institution", "inst:1")
				.put("role", "Clinician")
				.put("from", "2024-01-01");
			person.putArray("communities").addObject().put("community", "cop:1").put("from", "2025-03-01");
			person.putArray("skills").addObject().put("skill", "skill:" + i).put("level", 4).put("canTeach", true);
			person.putArray("wantsToLearn").addObject().put("skill", "skill:" + ((i + 1) % SIZE)).put("priority", 2);
			if (i > 0) {
				ObjectNode mentorship = mentorships.addObject()
					.put("id", "mentorship:" + i)
					.put("mentor", "person:" + (i - 1))
					.put("mentee", "person:" + i)
					.put("startedOn", "2026-01-01");
				mentorship.putArray("skills").add("skill:" + i);
			}
		}
		return document;
	}

}
