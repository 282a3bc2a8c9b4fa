package org.boomerang.mentoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.boomerang.GraphTests;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Graph tests of the mentoring feature: GraphQL through the tester with the documents of
 * {@code graphql-test/}, and small fixtures in the import format.
 */
abstract class MentoringGraphQl extends GraphTests {

	GraphQlTester.Response startMentorship(Map<String, Object> input) {
		return graphQl("start-mentorship", "input", input);
	}

	GraphQlTester.Response endMentorship(String id, String endedOn) {
		return graphQl("end-mentorship", "id", id, "endedOn", endedOn);
	}

	GraphQlTester.Response readMentorship(String id) {
		return graphQl("mentorship", "id", id);
	}

	GraphQlTester.Response recordTransfer(Map<String, Object> input) {
		return graphQl("record-transfer", "input", input);
	}

	GraphQlTester.Response readTransfer(String id) {
		return graphQl("transfer", "id", id);
	}

	/** Whether an answer has errors, without failing on them. */
	static boolean failed(GraphQlTester.Response answer) {
		List<ResponseError> errors = new ArrayList<>();
		answer.errors().satisfy(errors::addAll);
		return !errors.isEmpty();
	}

	/** The message of the first error of an answer that must have errors. */
	static String message(GraphQlTester.Response answer) {
		return firstError(answer).getMessage();
	}

	/**
	 * A small network: people p1..pN at the given stages, skills s1, s2, communities c1,
	 * c2.
	 */
	void importPeople(String... stagesAndCapacities) {
		StringBuilder people = new StringBuilder();
		for (int i = 0; i < stagesAndCapacities.length; i++) {
			String[] parts = stagesAndCapacities[i].split(":");
			if (i > 0) {
				people.append(',');
			}
			people.append("{\"id\":\"p")
				.append(i + 1)
				.append("\",\"name\":\"Person ")
				.append(i + 1)
				.append("\",\"careerStage\":\"")
				.append(parts[0])
				.append('"');
			if (parts.length > 1) {
				people.append(",\"mentoringCapacity\":").append(parts[1]);
			}
			people.append('}');
		}
		importJson("""
				{"format":"boomerang-import/1",
				 "skills":[{"id":"s1","name":"Skill one"},{"id":"s2","name":"Skill, two"}],
				 "people":[%s]}""".formatted(people));
	}

	static Map<String, Object> mentorship(String id, String mentor, String mentee, Object... more) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("id", id);
		input.put("mentor", mentor);
		input.put("mentee", mentee);
		input.put("skills", List.of("s1"));
		input.put("startedOn", "2026-01-01");
		for (int i = 0; i < more.length; i += 2) {
			input.put((String) more[i], more[i + 1]);
		}
		return input;
	}

	static Map<String, Object> transfer(String id, String from, String to, String on, Object... more) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("id", id);
		input.put("from", from);
		input.put("to", to);
		input.put("skill", "s1");
		input.put("on", on);
		for (int i = 0; i < more.length; i += 2) {
			input.put((String) more[i], more[i + 1]);
		}
		return input;
	}

}
