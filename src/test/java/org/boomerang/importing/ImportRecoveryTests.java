package org.boomerang.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.boomerang.GraphTests;
import org.boomerang.Race;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * "Unchanged" means an entity and every link its document states, so re-sending a
 * document completes an import that was cut off between batches (here by a failure
 * injected after a chosen batch, as a killed process or a lost database would) and
 * repairs links lost behind the import's back. An import stopped after some batches says
 * exactly what it wrote.
 */
class ImportRecoveryTests extends GraphTests {

	private static final int SKILLS = 2_000;

	private static final int BATCH = 100;

	private static final int RESEND_ROUNDS = 10;

	private static final int RESENDERS = 4;

	@Autowired
	private ImportController controller;

	@Test
	void an_import_cut_off_between_the_skills_and_their_links_is_completed_by_sending_it_again() {
		JsonNode tree = ImportService.parse(new java.io.ByteArrayInputStream(skillTree().getBytes()));
		// Batches 1-20 write the skills, 21-40 drop links no longer stated, 41-60 add the
		// links: fail after five batches of links.
		ImportInterruptedException ex = catchThrowableOfType(ImportInterruptedException.class,
				() -> this.imports.importDocument(DocumentSource.of(tree),
						new ImportService.Options(BATCH, ImportProgress.NONE, failAfter(45))));
		assertThat(ex).isNotNull();
		assertThat(ex.committed()).containsEntry("skills", SKILLS);
		assertThat(count("Skill")).isEqualTo(SKILLS);
		long linksBefore = links();
		// The links of k0 (the root, none) to k499.
		assertThat(linksBefore).isEqualTo(5 * BATCH - 1);

		ImportResult again = this.imports.importDocument(DocumentSource.of(tree),
				new ImportService.Options(BATCH, ImportProgress.NONE, ImportWriter.BatchHook.NONE));
		assertThat(links()).isEqualTo(SKILLS - 1);
		assertThat(again.counts().get("skills")).isEqualTo(new ImportResult.Counts(0, (int) (SKILLS - 1 - linksBefore),
				(int) (SKILLS - (SKILLS - 1 - linksBefore))));
		ImportResult third = this.imports.importDocument(tree);
		assertThat(third.counts().get("skills")).isEqualTo(new ImportResult.Counts(0, 0, SKILLS));
	}

	@Test
	void concurrent_resends_of_a_cut_off_import_complete_it_once_and_count_each_repair_once() throws Exception {
		int size = 300;
		int batch = 50;
		for (int round = 0; round < RESEND_ROUNDS; round++) {
			String prefix = "r" + round + "-";
			JsonNode tree = ImportService.parse(new java.io.ByteArrayInputStream(skillTree(prefix, size).getBytes()));
			// Batches 1-6 write the skills, 7-12 drop links no longer stated, 13-18 add
			// the
			// links: fail after two batches of links.
			assertThat(catchThrowableOfType(ImportInterruptedException.class,
					() -> this.imports.importDocument(DocumentSource.of(tree),
							new ImportService.Options(batch, ImportProgress.NONE, failAfter(14)))))
				.isNotNull();
			long before = links(prefix);
			assertThat(before).as("round %d: links before the re-sends", round).isEqualTo(2 * batch - 1);
			List<Callable<ImportResult>> resends = new ArrayList<>();
			for (int i = 0; i < RESENDERS; i++) {
				resends.add(() -> this.imports.importDocument(DocumentSource.of(tree),
						new ImportService.Options(batch, ImportProgress.NONE, ImportWriter.BatchHook.NONE)));
			}
			List<ImportResult> answers = Race.run(resends);
			assertThat(links(prefix)).as("round %d: links after the re-sends", round).isEqualTo(size - 1);
			assertThat(doubledLinks(prefix)).as("round %d: links written twice", round).isZero();
			int repairs = 0;
			for (ImportResult answer : answers) {
				ImportResult.Counts skills = answer.counts().get("skills");
				assertThat(skills.created()).isZero();
				assertThat(skills.updated() + skills.unchanged()).isEqualTo(size);
				repairs += skills.updated();
			}
			assertThat(repairs).as("round %d: skills repaired, over all re-sends", round).isEqualTo(size - 1 - before);
			assertThat(this.imports.importDocument(tree).counts().get("skills"))
				.isEqualTo(new ImportResult.Counts(0, 0, size));
		}
	}

	@Test
	void an_import_cut_off_between_batches_of_people_is_completed_by_sending_it_again() {
		JsonNode tree = ImportService.parse(new java.io.ByteArrayInputStream(people(250, "").getBytes()));
		ImportInterruptedException ex = catchThrowableOfType(ImportInterruptedException.class,
				() -> this.imports.importDocument(DocumentSource.of(tree),
						new ImportService.Options(BATCH, ImportProgress.NONE, failAfter(2))));
		// Batch 1 holds the 2 skills, their 2 + 2 link rows and 94 people; batch 2 100
		// more.
		int written = 2 * BATCH - 6;
		assertThat(ex.committed()).containsEntry("people", written);
		assertThat(ex.written().counts().get("people").created()).isEqualTo(written);
		assertThat(count("Person")).isEqualTo(written);

		ImportResult again = this.imports.importDocument(DocumentSource.of(tree),
				new ImportService.Options(BATCH, ImportProgress.NONE, ImportWriter.BatchHook.NONE));
		assertThat(again.counts().get("people")).isEqualTo(new ImportResult.Counts(250 - written, 0, written));
		assertThat(holdings()).isEqualTo(250 * 2);
	}

	@Test
	void a_person_another_write_creates_after_the_document_was_checked_is_compared_not_created_twice() {
		JsonNode tree = ImportService.parse(new java.io.ByteArrayInputStream(people(250, "").getBytes()));
		// The first reading finds every person absent, so they are created without being
		// compared; after batch 1, another write creates p150 (in batch 2) with other
		// content.
		ImportResult result = this.imports.importDocument(DocumentSource.of(tree),
				new ImportService.Options(BATCH, ImportProgress.NONE, (batch) -> {
					if (batch == 1) {
						importJson("""
								{"format": "boomerang-import/1", "people": [{"id": "p150", "name": "Someone else",
								 "careerStage": "SENIOR", "skills": [{"skill": "s1", "level": 5}]}]}""");
					}
				}));
		assertThat(result.counts().get("people")).isEqualTo(new ImportResult.Counts(249, 1, 0));
		assertThat(count("Person")).isEqualTo(250);
		assertThat(holdings()).isEqualTo(250 * 2);
		assertThat(read("MATCH (p:Person {id: 'p150'}) RETURN p.name AS name", Map.of()).records()
			.get(0)
			.get("name")
			.asString()).isEqualTo("Person 150");
		assertThat(this.imports.importDocument(tree).counts().get("people"))
			.isEqualTo(new ImportResult.Counts(0, 0, 250));
	}

	@Test
	void links_removed_behind_the_imports_back_are_written_again_and_counted_as_updates() {
		importExample();
		write("MATCH (:Person {id: 'person:example-ana'})-[r:HAS_SKILL]->() DELETE r", Map.of());
		write("MATCH (:Skill {id: 'skill:example-ehr'})-[r:BROADER]->() DELETE r", Map.of());
		write("MATCH (:Community)-[r:FOCUSES_ON]->() DELETE r", Map.of());
		write("MATCH (:Mentorship)-[r:ABOUT]->() DELETE r", Map.of());
		write("MATCH (:Person {id: 'person:example-malcolm'})-[r:AFFILIATED_WITH]->() SET r.role = 'Porter'", Map.of());

		ImportResult repaired = importExample();
		assertThat(repaired.counts().get("people").updated()).isEqualTo(2);
		assertThat(repaired.counts().get("skills").updated()).isEqualTo(1);
		assertThat(repaired.counts().get("communities").updated()).isEqualTo(2);
		assertThat(repaired.counts().get("mentorships").updated()).isEqualTo(1);
		assertThat(read("MATCH (:Person {id: 'person:example-ana'})-[r:HAS_SKILL]->() RETURN count(r) AS c", Map.of())
			.records()
			.get(0)
			.get("c")
			.asInt()).isPositive();
		assertThat(read("MATCH (:Person {id: 'person:example-malcolm'})-[r:AFFILIATED_WITH]->() "
				+ "WHERE r.role = 'Porter' RETURN count(r) AS c", Map.of())
			.records()
			.get(0)
			.get("c")
			.asInt()).isZero();
		ImportResult again = importExample();
		assertThat(again.counts().values())
			.allSatisfy((c) -> assertThat(c.unchanged()).isEqualTo(c.created() + c.updated() + c.unchanged()));
	}

	@Test
	void a_conflict_met_after_some_batches_stops_the_import_and_says_what_was_written() {
		importJson("""
				{"format": "boomerang-import/1", "skills": [{"id": "s1", "name": "Skill one"}],
				 "people": [{"id": "mentor", "name": "Mentor", "careerStage": "SENIOR", "mentoringCapacity": 1},
				            {"id": "other", "name": "Other", "careerStage": "STUDENT"}]}""");
		String document = people(250, ", \"mentorships\": [{\"id\": \"m-doc\", \"mentor\": \"mentor\", "
				+ "\"mentee\": \"p0\", \"skills\": [\"s1\"], \"startedOn\": \"2026-01-01\"}]");
		JsonNode tree = ImportService.parse(new java.io.ByteArrayInputStream(document.getBytes()));
		// After the first batch, another write takes the mentor's only place.
		ImportConflictException ex = catchThrowableOfType(ImportConflictException.class, () -> this.imports
			.importDocument(DocumentSource.of(tree), new ImportService.Options(BATCH, ImportProgress.NONE, (batch) -> {
				if (batch == 1) {
					importJson("""
							{"format": "boomerang-import/1", "mentorships": [{"id": "m-other",
							 "mentor": "mentor", "mentee": "other", "skills": ["s1"],
							 "startedOn": "2026-01-01"}]}""");
				}
			})));
		assertThat(ex).isNotNull();
		assertThat(ex.problems()).singleElement().satisfies((p) -> {
			assertThat(p.path()).isEqualTo("$.mentorships[0].mentor");
			assertThat(p.message()).contains("no free place").contains("after the document was checked");
		});
		// Batches 1 and 2 (the skills and people 0-193) are committed; batch 3 (people
		// 194-249 and the mentorship) was rolled back.
		assertThat(ex.committed()).containsEntry("people", 194).containsEntry("mentorships", 0);
		assertThat(ex.written().counts().get("people").created()).isEqualTo(194);
		assertThat(count("Person")).isEqualTo(2 + 194);
		assertThat(count("Mentorship")).isEqualTo(1);

		ResponseEntity<Map<String, Object>> answer = this.controller.conflict(ex);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(answer.getBody()).containsEntry("error", "CONFLICT")
			.containsKeys("message", "problems", "committed", "written");
		assertThat((String) answer.getBody().get("message")).contains("'committed' are written")
			.doesNotContain("nothing was written");

		// Settled (the other mentorship ends), the same document completes the import.
		importJson("""
				{"format": "boomerang-import/1", "mentorships": [{"id": "m-other", "mentor": "mentor",
				 "mentee": "other", "skills": ["s1"], "startedOn": "2026-01-01", "endedOn": "2026-01-02"}]}""");
		ImportResult completed = this.imports.importDocument(DocumentSource.of(tree),
				new ImportService.Options(BATCH, ImportProgress.NONE, ImportWriter.BatchHook.NONE));
		assertThat(completed.counts().get("people")).isEqualTo(new ImportResult.Counts(56, 0, 194));
		assertThat(completed.counts().get("mentorships")).isEqualTo(new ImportResult.Counts(1, 0, 0));
	}

	private static ImportWriter.BatchHook failAfter(int batches) {
		return (batch) -> {
			if (batch == batches) {
				throw new IllegalStateException("injected failure after batch " + batch);
			}
		};
	}

	private static String skillTree() {
		return skillTree("", SKILLS);
	}

	/** Skills in a binary tree: skill i's broader skill is (i - 1) / 2. */
	private static String skillTree(String prefix, int size) {
		StringBuilder skills = new StringBuilder();
		for (int i = 0; i < size; i++) {
			skills.append((i > 0) ? "," : "")
				.append("{\"id\": \"")
				.append(prefix)
				.append("k")
				.append(i)
				.append("\", \"name\": \"Skill ")
				.append(i)
				.append('"');
			if (i > 0) {
				skills.append(", \"broader\": [\"").append(prefix).append("k").append((i - 1) / 2).append("\"]");
			}
			skills.append('}');
		}
		return "{\"format\": \"boomerang-import/1\", \"skills\": [" + skills + "]}";
	}

	/** Two skills, then people each holding both. */
	private static String people(int count, String more) {
		StringBuilder people = new StringBuilder();
		for (int i = 0; i < count; i++) {
			people.append((i > 0) ? "," : "")
				.append("{\"id\": \"p")
				.append(i)
				.append("\", \"name\": \"Person ")
				.append(i)
				.append("\", \"careerStage\": \"TRAINEE\", \"skills\": [{\"skill\": \"s1\", \"level\": 2},"
						+ " {\"skill\": \"s2\", \"level\": 3, \"canTeach\": true}]}");
		}
		return "{\"format\": \"boomerang-import/1\", \"skills\": [{\"id\": \"s1\", \"name\": \"Skill one\"},"
				+ " {\"id\": \"s2\", \"name\": \"Skill two\"}], \"people\": [" + people + "]" + more + "}";
	}

	private long links() {
		return read("MATCH (:Skill)-[r:BROADER]->(:Skill) RETURN count(r) AS c", Map.of()).records()
			.get(0)
			.get("c")
			.asLong();
	}

	private long links(String prefix) {
		return read("MATCH (s:Skill)-[r:BROADER]->(:Skill) WHERE s.id STARTS WITH $prefix RETURN count(r) AS c",
				Map.of("prefix", prefix))
			.records()
			.get(0)
			.get("c")
			.asLong();
	}

	private long doubledLinks(String prefix) {
		return read("MATCH (s:Skill)-[r:BROADER]->(b:Skill) WHERE s.id STARTS WITH $prefix "
				+ "WITH s, b, count(r) AS n WHERE n > 1 RETURN count(*) AS c", Map.of("prefix", prefix))
			.records()
			.get(0)
			.get("c")
			.asLong();
	}

	private long holdings() {
		return read("MATCH (:Person)-[r:HAS_SKILL]->(:Skill) RETURN count(r) AS c", Map.of()).records()
			.get(0)
			.get("c")
			.asLong();
	}

}
