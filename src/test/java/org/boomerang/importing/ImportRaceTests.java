package org.boomerang.importing;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.boomerang.Race;
import org.boomerang.GraphTests;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import that races another write for a mentor's last place answers truthfully: it
 * either writes everything or says nothing was written, and then nothing was.
 */
class ImportRaceTests extends GraphTests {

	private static final int ROUNDS = 20;

	private static final int PEOPLE = 300;

	@Test
	void an_import_racing_start_mentorship_for_the_last_place_writes_all_or_nothing() throws Exception {
		importJson("""
				{"format": "boomerang-import/1", "skills": [{"id": "s1", "name": "Skill one"}],
				 "people": [{"id": "mentee", "name": "Mentee", "careerStage": "STUDENT"}]}""");
		int importWon = 0;
		int refusedWhenChecked = 0;
		int refusedWhenWritten = 0;
		for (int round = 0; round < ROUNDS; round++) {
			String mentor = "mentor-" + round;
			importJson("{\"format\": \"boomerang-import/1\", \"people\": [{\"id\": \"" + mentor
					+ "\", \"name\": \"Mentor\", \"careerStage\": \"SENIOR\", \"mentoringCapacity\": 1}]}");
			String document = document(round, mentor);
			Map<String, Object> direct = Map.of("id", "direct-" + round, "mentor", mentor, "mentee", "mentee", "skills",
					List.of("s1"), "startedOn", "2026-01-01");
			List<Callable<Object>> writes = List.of(() -> post("/api/import", "application/json", document),
					() -> graphQl("start-mentorship", "input", direct));
			List<Object> answers = Race.run(writes);
			@SuppressWarnings("unchecked")
			HttpResponse<String> imported = (HttpResponse<String>) answers.get(0);
			GraphQlTester.Response started = (GraphQlTester.Response) answers.get(1);
			long written = peopleOfRound(round);
			if (imported.statusCode() == 200) {
				importWon++;
				assertThat(written).as("round %d: the import answered 200", round).isEqualTo(PEOPLE);
				assertThat(firstError(started).getMessage()).contains("no free place");
			}
			else {
				assertThat(imported.statusCode()).as("round %d: %s", round, imported.body()).isEqualTo(400);
				assertThat(imported.body()).contains("nothing was written").contains("$.mentorships[0].mentor");
				assertThat(written).as("round %d: the import said nothing was written", round).isZero();
				started.errors().verify();
				if (imported.body().contains("after the document was checked")) {
					refusedWhenWritten++;
				}
				else {
					refusedWhenChecked++;
				}
			}
			assertThat(mentorshipsOf(mentor)).as("round %d: the mentor's mentorships", round).isEqualTo(1);
		}
		System.out.printf(
				"ImportRaceTests: %d rounds; the import won %d, was refused when checked %d and when written %d%n",
				ROUNDS, importWon, refusedWhenChecked, refusedWhenWritten);
	}

	private static String document(int round, String mentor) {
		StringBuilder people = new StringBuilder();
		for (int i = 0; i < PEOPLE; i++) {
			people.append((i > 0) ? "," : "")
				.append("{\"id\": \"r")
				.append(round)
				.append("-")
				.append(i)
				.append("\", \"name\": \"Person ")
				.append(i)
				.append("\", \"careerStage\": \"TRAINEE\", \"skills\": [{\"skill\": \"s1\", \"level\": 2}]}");
		}
		return "{\"format\": \"boomerang-import/1\", \"people\": [" + people
				+ "], \"mentorships\": [{\"id\": \"imported-" + round + "\", \"mentor\": \"" + mentor + "\","
				+ " \"mentee\": \"r" + round + "-0\", \"skills\": [\"s1\"], \"startedOn\": \"2026-01-01\"}]}";
	}

	private long peopleOfRound(int round) {
		return read("MATCH (p:Person) WHERE p.id STARTS WITH $prefix RETURN count(p) AS c",
				Map.of("prefix", "r" + round + "-"))
			.records()
			.get(0)
			.get("c")
			.asLong();
	}

	private long mentorshipsOf(String mentor) {
		return read("MATCH (m:Mentorship)-[:MENTOR]->(:Person {id: $id}) RETURN count(m) AS c", Map.of("id", mentor))
			.records()
			.get(0)
			.get("c")
			.asLong();
	}

}
