package org.boomerang.mentoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.boomerang.GraphTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.graphql.ResponseError;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The integrators' lists of mentorships and transfers: in id order, page by page, each
 * filter narrowing them.
 */
class MentoringPagesTests extends GraphTests {

	private static final String ASSIGNED = "mentorship:example-ana-malcolm";

	private static final String ENDED = "mentorship:example-lin-sofia";

	@BeforeEach
	void example() {
		importExample();
		// A second mentorship: self-identified, in a programme, ended.
		importJson("""
				{"format": "boomerang-import/1", "mentorships": [{"id": "mentorship:example-lin-sofia",
				  "mentor": "person:example-lin", "mentee": "person:example-sofia",
				  "skills": ["skill:example-telehealth"], "startedOn": "2025-01-06", "endedOn": "2025-06-30",
				  "program": "programme:example-telehealth", "origin": "SELF_IDENTIFIED"}]}
				""");
	}

	@Test
	void mentorships_come_in_id_order_page_by_page() {
		JsonNode first = mentorships(null, 1, null);
		assertThat(ids(first)).containsExactly(ASSIGNED);
		assertThat(first.at("/pageInfo/hasNextPage").asBoolean()).isTrue();
		JsonNode next = mentorships(null, 1, first.at("/pageInfo/endCursor").asString());
		assertThat(ids(next)).containsExactly(ENDED);
		assertThat(next.at("/pageInfo/hasNextPage").asBoolean()).isFalse();
		assertThat(next.at("/edges/0/node/mentor/id").asString()).isEqualTo("person:example-lin");
	}

	@Test
	void each_mentorship_filter_narrows_the_list() {
		assertThat(ids(mentorships(Map.of("active", true), 20, null))).containsExactly(ASSIGNED);
		assertThat(ids(mentorships(Map.of("active", false), 20, null))).containsExactly(ENDED);
		assertThat(ids(mentorships(Map.of("origin", "ASSIGNED"), 20, null))).containsExactly(ASSIGNED);
		assertThat(ids(mentorships(Map.of("origin", "SELF_IDENTIFIED"), 20, null))).containsExactly(ENDED);
		assertThat(ids(mentorships(Map.of("programme", "programme:example-telehealth"), 20, null)))
			.containsExactly(ENDED);
		assertThat(ids(mentorships(Map.of("person", "person:example-malcolm"), 20, null))).containsExactly(ASSIGNED);
		assertThat(ids(mentorships(Map.of("person", "person:example-sofia"), 20, null))).containsExactly(ENDED);
		JsonNode all = mentorships(null, 20, null);
		String direction = all.at("/edges/0/node/direction").asString();
		assertThat(ids(mentorships(Map.of("direction", direction), 20, null))).contains(ASSIGNED);
		assertThat(ids(mentorships(Map.of("active", true, "origin", "SELF_IDENTIFIED"), 20, null))).isEmpty();
	}

	@Test
	void an_unknown_origin_is_refused_naming_the_field() {
		ResponseError error = firstError(
				graphQl("read-back-mentorships", Map.of("filter", Map.of("origin", "INVITED"), "first", 5)));
		assertThat(code(error)).isEqualTo("BAD_REQUEST");
		assertThat(error.getMessage()).contains("filter.origin: 'INVITED' is not an origin");
	}

	@Test
	void transfers_come_in_id_order_and_each_argument_narrows_them() {
		JsonNode first = transfers(Map.of("first", 2));
		assertThat(ids(first)).containsExactly("transfer:example-1", "transfer:example-2");
		assertThat(first.at("/pageInfo/hasNextPage").asBoolean()).isTrue();
		assertThat(ids(transfers(Map.of("first", 2, "after", first.at("/pageInfo/endCursor").asString()))))
			.containsExactly("transfer:example-3");

		assertThat(ids(transfers(Map.of("since", "2026-02-24")))).containsExactly("transfer:example-2",
				"transfer:example-3");
		assertThat(ids(transfers(Map.of("until", "2026-02-24")))).containsExactly("transfer:example-1",
				"transfer:example-2");
		assertThat(ids(transfers(Map.of("since", "2026-02-11", "until", "2026-02-24"))))
			.containsExactly("transfer:example-2");
		assertThat(ids(transfers(Map.of("person", "person:example-ana")))).containsExactly("transfer:example-1",
				"transfer:example-2");
		assertThat(ids(transfers(Map.of("person", "person:example-sofia")))).containsExactly("transfer:example-3");
		assertThat(ids(transfers(Map.of("skill", "skill:example-telehealth")))).containsExactly("transfer:example-3");
		assertThat(ids(transfers(Map.of("person", "person:example-ana", "skill", "skill:example-telehealth"))))
			.isEmpty();
	}

	private JsonNode mentorships(Map<String, Object> filter, int first, String after) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("filter", filter);
		variables.put("first", first);
		variables.put("after", after);
		return json(graphQl("read-back-mentorships", variables), "mentorships");
	}

	private JsonNode transfers(Map<String, Object> variables) {
		return json(graphQl("read-back-transfers", variables), "transfers");
	}

	private static List<String> ids(JsonNode connection) {
		return connection.get("edges").valueStream().map((edge) -> edge.at("/node/id").asString()).toList();
	}

}
