package org.boomerang.programme;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mentorship requests: asked, accepted into a SELF_IDENTIFIED mentorship in which both
 * sides record sessions and the learner confirms; declined, withdrawn, expired; and the
 * errors of each.
 */
class RequestTests extends ProgrammeGraphQl {

	private JsonNode ask(String from, String to, String... skills) {
		return json(
				as(this.tokens.staff(from), "Ask", "input",
						Map.of("to", to, "skills", List.of(skills), "message", "Could you teach me?")),
				"requestMentorship");
	}

	@Test
	void an_accepted_request_becomes_a_mentorship_where_both_record_sessions_and_the_learner_confirms() {
		importJson(NETWORK);
		JsonNode asked = ask("eva", "mia", "skill:ehr");
		String id = asked.get("id").asString();
		assertThat(asked.get("state").asString()).isEqualTo("PENDING");
		assertThat(asked.get("message").asString()).isEqualTo("Could you teach me?");
		assertThat(asked.get("mentorship").isNull()).isTrue();
		JsonNode accepted = json(as(this.tokens.staff("mia"), "Respond", "id", id, "accept", true, "note", "Gladly"),
				"respondToMentorshipRequest");
		assertThat(accepted.get("state").asString()).isEqualTo("ACCEPTED");
		assertThat(accepted.get("note").asString()).isEqualTo("Gladly");
		JsonNode mentorship = accepted.get("mentorship");
		assertThat(mentorship.get("origin").asString()).isEqualTo("SELF_IDENTIFIED");
		assertThat(mentorship.get("mentor").get("id").asString()).isEqualTo("mia");
		assertThat(mentorship.get("mentee").get("id").asString()).isEqualTo("eva");
		String mentorshipId = mentorship.get("id").asString();
		// Either side records a session of the mentorship.
		json(as(this.tokens.staff("mia"), "Record", "input", Map.of("id", "t:1", "from", "mia", "to", "eva", "skill",
				"skill:ehr", "on", "2026-01-05", "mentorship", mentorshipId)), "recordTransfer");
		json(as(this.tokens.staff("eva"), "Record", "input", Map.of("id", "t:2", "from", "mia", "to", "eva", "skill",
				"skill:ehr", "on", "2026-01-12", "mentorship", mentorshipId)), "recordTransfer");
		// The learner confirms and rates; the teacher may not.
		assertThat(onlyCode(as(this.tokens.staff("mia"), "Confirm", "id", "t:1", "rating", 5))).isEqualTo("FORBIDDEN");
		JsonNode confirmed = json(as(this.tokens.staff("eva"), "Confirm", "id", "t:1", "rating", 5), "confirmTransfer");
		assertThat(confirmed.get("outcome").get("learnerConfirmed").asBoolean()).isTrue();
		assertThat(confirmed.get("outcome").get("rating").asInt()).isEqualTo(5);
		assertThat(ids(json(as(this.tokens.staff("eva"), "Mentorship", "id", mentorshipId), "mentorship.transfers")))
			.containsExactly("t:1", "t:2");
		// Accepting again changes nothing; declining now is refused.
		long mentorships = count("Mentorship");
		assertThat(json(as(this.tokens.staff("mia"), "Respond", "id", id, "accept", true), "respondToMentorshipRequest")
			.get("mentorship")
			.get("id")
			.asString()).isEqualTo(mentorshipId);
		assertThat(count("Mentorship")).isEqualTo(mentorships);
		GraphQlTester.Response decline = as(this.tokens.staff("mia"), "Respond", "id", id, "accept", false);
		assertThat(onlyCode(decline)).isEqualTo("BAD_REQUEST");
		assertThat(firstError(decline).getMessage()).contains("is accepted and cannot be declined");
	}

	@Test
	void a_declined_request_starts_nothing_and_cannot_be_accepted_later() {
		importJson(NETWORK);
		String id = ask("eva", "mia", "skill:ehr").get("id").asString();
		assertThat(onlyCode(as(this.tokens.staff("eva"), "Respond", "id", id, "accept", true))).isEqualTo("FORBIDDEN");
		JsonNode declined = json(as(this.tokens.staff("mia"), "Respond", "id", id, "accept", false),
				"respondToMentorshipRequest");
		assertThat(declined.get("state").asString()).isEqualTo("DECLINED");
		assertThat(declined.get("respondedAt").isNull()).isFalse();
		assertThat(count("Mentorship")).isZero();
		assertThat(json(as(this.tokens.staff("mia"), "Respond", "id", id, "accept", false),
				"respondToMentorshipRequest.state")
			.asString()).isEqualTo("DECLINED");
		assertThat(onlyCode(as(this.tokens.staff("mia"), "Respond", "id", id, "accept", true)))
			.isEqualTo("BAD_REQUEST");
	}

	@Test
	void the_asker_withdraws_a_pending_request_and_nobody_else_may() {
		importJson(NETWORK);
		String id = ask("eva", "mia", "skill:ehr").get("id").asString();
		assertThat(onlyCode(as(this.tokens.staff("mia"), "Withdraw", "id", id))).isEqualTo("FORBIDDEN");
		assertThat(
				json(as(this.tokens.staff("eva"), "Withdraw", "id", id), "withdrawMentorshipRequest.state").asString())
			.isEqualTo("WITHDRAWN");
		assertThat(
				json(as(this.tokens.staff("eva"), "Withdraw", "id", id), "withdrawMentorshipRequest.state").asString())
			.isEqualTo("WITHDRAWN");
		GraphQlTester.Response late = as(this.tokens.staff("mia"), "Respond", "id", id, "accept", true);
		assertThat(firstError(late).getMessage()).contains("is withdrawn and cannot be accepted");
		assertThat(count("Mentorship")).isZero();
	}

	@Test
	void an_unanswered_request_expires_and_can_then_be_neither_accepted_nor_withdrawn() {
		importJson(NETWORK);
		String id = ask("eva", "mia", "skill:ehr").get("id").asString();
		write("MATCH (r:MentorshipRequest {id: $id}) SET r.expiresAt = datetime() - duration('PT1S')",
				Map.of("id", id));
		assertThat(json(as(this.tokens.staff("eva"), "Request", "id", id), "mentorshipRequest.state").asString())
			.isEqualTo("EXPIRED");
		assertThat(json(as(this.tokens.staff("mia"), "Mine", "direction", "IN", "state", "EXPIRED"),
				"myMentorshipRequests.edges")
			.findValuesAsString("id")).containsExactly(id);
		assertThat(json(as(this.tokens.staff("mia"), "Mine", "direction", "IN", "state", "PENDING"),
				"myMentorshipRequests.edges"))
			.isEmpty();
		GraphQlTester.Response accept = as(this.tokens.staff("mia"), "Respond", "id", id, "accept", true);
		assertThat(firstError(accept).getMessage()).contains("is expired and cannot be accepted")
			.contains("may send a new one");
		assertThat(onlyCode(as(this.tokens.staff("eva"), "Withdraw", "id", id))).isEqualTo("BAD_REQUEST");
		assertThat(count("Mentorship")).isZero();
		// Asking again makes a new request.
		assertThat(ask("eva", "mia", "skill:ehr").get("id").asString()).isNotEqualTo(id);
	}

	@Test
	void asking_again_while_pending_answers_the_pending_request_and_each_side_lists_theirs() {
		importJson(NETWORK);
		String id = ask("eva", "mia", "skill:ehr").get("id").asString();
		assertThat(ask("eva", "mia", "skill:ehr").get("id").asString()).isEqualTo(id);
		assertThat(count("MentorshipRequest")).isEqualTo(1);
		String second = ask("eli", "mia", "skill:ehr").get("id").asString();
		String third = ask("eva", "max", "skill:podcasting").get("id").asString();
		assertThat(json(as(this.tokens.staff("mia"), "Mine", "direction", "IN"), "myMentorshipRequests.edges")
			.findValuesAsString("id")).containsExactly(second, id);
		assertThat(json(as(this.tokens.staff("eva"), "Mine", "direction", "OUT"), "myMentorshipRequests.edges")
			.findValuesAsString("id")).containsExactly(third, id);
		assertThat(json(as(this.tokens.staff("eva"), "Mine", "direction", "IN"), "myMentorshipRequests.edges"))
			.isEmpty();
		// Only its two people read a request.
		as(this.tokens.staff("max"), "Request", "id", id).path("mentorshipRequest").valueIsNull();
		assertThat(json(as(this.tokens.staff("mia"), "Request", "id", id), "mentorshipRequest.id").asString())
			.isEqualTo(id);
	}

	@Test
	void a_request_with_bad_input_is_refused_with_where_and_why() {
		importJson(NETWORK);
		GraphQlTester.Response bad = as(this.tokens.staff("eva"), "Ask", "input",
				Map.of("to", "eva", "skills", List.of("skill:ehr", "skill:nothing")));
		ResponseError error = firstError(bad);
		assertThat(code(error)).isEqualTo("BAD_REQUEST");
		assertThat(error.getMessage()).contains("input.to: you cannot ask yourself")
			.contains("input.skills[1]: there is no skill 'skill:nothing'");
		assertThat(firstError(as(this.tokens.staff("eva"), "Ask", "input", Map.of("to", "mia", "skills", List.of())))
			.getMessage()).contains("input.skills: name 1-10 skills");
		assertThat(onlyCode(
				as(this.tokens.staff("eva"), "Ask", "input", Map.of("to", "nobody", "skills", List.of("skill:ehr")))))
			.isEqualTo("NOT_FOUND");
		// A PRIVATE person is not there for those who may not see them.
		assertThat(onlyCode(
				as(this.tokens.staff("eva"), "Ask", "input", Map.of("to", "ezra", "skills", List.of("skill:ehr")))))
			.isEqualTo("NOT_FOUND");
		assertThat(count("MentorshipRequest")).isZero();
	}

	@Test
	void accepting_without_a_free_place_is_refused_and_the_request_stays_open() {
		importJson(NETWORK);
		String id = ask("eta", "mo", "skill:statistics").get("id").asString();
		GraphQlTester.Response full = as(this.tokens.staff("mo"), "Respond", "id", id, "accept", true);
		assertThat(onlyCode(full)).isEqualTo("BAD_REQUEST");
		assertThat(firstError(full).getMessage()).contains("mentoringCapacity is 0");
		assertThat(count("Mentorship")).isZero();
		assertThat(json(as(this.tokens.staff("eta"), "Request", "id", id), "mentorshipRequest.state").asString())
			.isEqualTo("PENDING");
	}

}
