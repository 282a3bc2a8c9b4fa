package org.boomerang.mentoring;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.boomerang.GraphTests;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Graph tests of the mentoring feature, with GraphQL over HTTP and small fixtures in the
 * import format.
 */
abstract class MentoringGraphQl extends GraphTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String MENTORSHIP_FIELDS = "id mentor { id } mentee { id } skills { id } direction reciprocal origin"
			+ " program goals startedOn endedOn active mentorStage menteeStage transfers { id }";

	static final String TRANSFER_FIELDS = "id from { id } to { id } skill { id } on mentorship { id } format minutes"
			+ " outcome { rating learnerConfirmed notes } direction fromStage toStage"
			+ " fromContext { communities professions institutions } toContext { communities professions institutions }";

	/**
	 * Runs a GraphQL document and returns the whole answer ({@code data},
	 * {@code errors}).
	 */
	JsonNode graphql(String document, Object... variables) {
		Map<String, Object> vars = new LinkedHashMap<>();
		for (int i = 0; i < variables.length; i += 2) {
			vars.put((String) variables[i], variables[i + 1]);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", document);
		body.put("variables", vars);
		HttpResponse<String> response = post("/graphql", "application/json", JSON.writeValueAsString(body));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	/** Runs a GraphQL document that must succeed and returns its {@code data}. */
	JsonNode data(String document, Object... variables) {
		JsonNode answer = graphql(document, variables);
		assertThat(answer.path("errors").isMissingNode() || answer.path("errors").isEmpty())
			.as("errors: %s", answer.path("errors"))
			.isTrue();
		return answer.get("data");
	}

	/** Runs a GraphQL document that must fail and returns its first error. */
	JsonNode error(String document, Object... variables) {
		JsonNode answer = graphql(document, variables);
		assertThat(answer.path("errors").isArray() && !answer.path("errors").isEmpty()).as("answer: %s", answer)
			.isTrue();
		return answer.get("errors").get(0);
	}

	JsonNode startMentorship(Map<String, Object> input) {
		return graphql(
				"mutation($input: MentorshipInput!) { startMentorship(input: $input) { " + MENTORSHIP_FIELDS + " } }",
				"input", input);
	}

	JsonNode recordTransfer(Map<String, Object> input) {
		return graphql("mutation($input: TransferInput!) { recordTransfer(input: $input) { " + TRANSFER_FIELDS + " } }",
				"input", input);
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
		input.put("skills", java.util.List.of("s1"));
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
