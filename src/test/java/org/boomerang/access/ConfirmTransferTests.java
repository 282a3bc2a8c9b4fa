package org.boomerang.access;

import java.util.Map;

import org.boomerang.GraphTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner confirms and rates a transfer; a teacher cannot confirm their own teaching.
 */
class ConfirmTransferTests extends GraphTests {

	@BeforeEach
	void network() {
		importJson(AccessFixture.NETWORK);
	}

	private GraphQlTester.Response confirm(String token, String id, Integer rating, String notes) {
		GraphQlTester.Request<?> request = graphQlAs(token).documentName("confirm-transfer").variable("id", id);
		if (rating != null) {
			request = request.variable("rating", rating);
		}
		if (notes != null) {
			request = request.variable("notes", notes);
		}
		return request.execute();
	}

	private double scoreOf(String teacher, String token) {
		JsonNode edges = graphQlAs(token).documentName("visibility")
			.operationName("Teachers")
			.variable("topic", "EHR")
			.execute()
			.path("whoCanTeach.edges")
			.entity(JsonNode.class)
			.get();
		for (JsonNode edge : edges) {
			if (edge.path("node").path("person").path("id").asString().equals(teacher)) {
				return edge.path("node").path("score").asDouble();
			}
		}
		throw new AssertionError(teacher + " is not offered: " + edges);
	}

	@Test
	void a_teacher_cannot_confirm_their_own_teaching() {
		ResponseError error = firstError(confirm(this.tokens.staff("bo"), "t:bo-ana", 5, null));
		assertThat(code(error)).isEqualTo("FORBIDDEN");
		assertThat(error.getMessage()).contains("a teacher cannot confirm their own teaching; the learner (ana)");
		Map<String, Object> forged = Map.of("id", "t:bo-ana-2", "from", "bo", "to", "ana", "skill", "skill:ehr", "on",
				"2025-02-11", "mentorship", "m:ana-bo", "outcome", Map.of("rating", 5, "learnerConfirmed", true));
		ResponseError recorded = firstError(
				graphQlAs(this.tokens.staff("bo")).documentName("record-transfer").variable("input", forged).execute());
		assertThat(code(recorded)).isEqualTo("FORBIDDEN");
		assertThat(recorded.getMessage()).contains("only the learner confirms and rates a transfer");
		assertThat(count("Transfer")).isEqualTo(3);
	}

	@Test
	void the_learner_confirms_with_a_rating_which_lifts_the_teacher_and_a_replay_stays_a_no_op() {
		String cora = this.tokens.staff("cora");
		double before = scoreOf("bo", cora);
		JsonNode outcome = confirm(this.tokens.staff("ana"), "t:bo-ana", 5, "Clear and patient")
			.path("confirmTransfer.outcome")
			.entity(JsonNode.class)
			.get();
		assertThat(outcome.path("learnerConfirmed").asBoolean()).isTrue();
		assertThat(outcome.path("rating").asInt()).isEqualTo(5);
		assertThat(outcome.path("notes").asString()).isEqualTo("Clear and patient");
		assertThat(scoreOf("bo", cora)).isGreaterThan(before);
		var stored = read("MATCH (t:Transfer {id: 't:bo-ana'}) RETURN t.confirmedBy AS by, t.updatedBy AS updatedBy,"
				+ " t.confirmedAt IS NOT NULL AS at", Map.of())
			.records()
			.get(0);
		assertThat(stored.get("by").asString()).isEqualTo("ana");
		assertThat(stored.get("updatedBy").asString()).isEqualTo("ana");
		assertThat(stored.get("at").asBoolean()).isTrue();
		// The source system re-sends its original record: a no-op, the confirmation
		// stays.
		importJson(AccessFixture.NETWORK);
		assertThat(read("MATCH (t:Transfer {id: 't:bo-ana'}) RETURN t.learnerConfirmed AS c", Map.of()).records()
			.get(0)
			.get("c")
			.asBoolean()).isTrue();
	}

	@Test
	void a_rating_outside_one_to_five_is_a_bad_request_and_an_unknown_transfer_is_not_found() {
		assertThat(code(firstError(confirm(this.tokens.staff("ana"), "t:bo-ana", 9, null)))).isEqualTo("BAD_REQUEST");
		assertThat(code(firstError(confirm(this.tokens.admin(), "t:nothing", 4, null)))).isEqualTo("NOT_FOUND");
	}

}
