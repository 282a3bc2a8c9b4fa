package org.boomerang.mentoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.graphql.ResponseError;

import static org.assertj.core.api.Assertions.assertThat;

class TransferTests extends MentoringGraphQl {

	private static final Map<String, Object> OUTCOME = Map.of("rating", 4, "learnerConfirmed", true, "notes",
			"Went well");

	@Test
	void a_recorded_transfer_answers_with_its_direction_outcome_and_context() {
		importNetwork();
		JsonNode t = json(recordTransfer(transfer("t1", "p1", "p2", "2026-01-10", "minutes", 30, "outcome", OUTCOME)),
				"recordTransfer");
		assertThat(t.get("direction").asString()).isEqualTo("REVERSE");
		assertThat(t.get("fromStage").asString()).isEqualTo("STUDENT");
		assertThat(t.get("format").asString()).isEqualTo("ONE_TO_ONE");
		assertThat(t.get("minutes").asInt()).isEqualTo(30);
		assertThat(t.at("/outcome/rating").asInt()).isEqualTo(4);
		assertThat(t.at("/outcome/learnerConfirmed").asBoolean()).isTrue();
		assertThat(t.at("/fromContext/communities").get(0).asString()).isEqualTo("c1");
		assertThat(t.at("/toContext/professions").get(0).asString()).isEqualTo("prof2");
	}

	@Test
	void transfers_keep_what_the_teacher_ranking_reads_as_evidence() {
		importNetwork();
		recordTransfer(transfer("t1", "p1", "p2", "2026-01-10", "outcome", OUTCOME)).errors().verify();
		Map<String, Object> row = read("""
				MATCH (t:Transfer {id: 't1'})-[:FROM]->(teacher:Person), (t)-[:ABOUT]->(s:Skill), (t)-[:TO]->(learner)
				RETURN teacher.id AS teacher, s.id AS skill, learner.id AS learner, t.rating AS rating,
				       t.learnerConfirmed AS confirmed, t.on AS on""", Map.of()).records().get(0).asMap();
		assertThat(row).containsEntry("teacher", "p1")
			.containsEntry("skill", "s1")
			.containsEntry("learner", "p2")
			.containsEntry("rating", 4L)
			.containsEntry("confirmed", true)
			.containsEntry("on", LocalDate.parse("2026-01-10"));
	}

	@Test
	void resending_the_same_transfer_answers_the_same_and_changes_nothing() {
		importNetwork();
		JsonNode first = json(recordTransfer(transfer("t1", "p1", "p2", "2026-01-10", "outcome", OUTCOME)),
				"recordTransfer");
		Object updatedAt = updatedAt("t1");
		JsonNode second = json(recordTransfer(transfer("t1", "p1", "p2", "2026-01-10", "outcome", OUTCOME)),
				"recordTransfer");
		assertThat(second).isEqualTo(first);
		assertThat(updatedAt("t1")).isEqualTo(updatedAt);
		assertThat(count("Transfer")).isEqualTo(1);
	}

	@Test
	void resending_a_recorded_id_with_other_content_is_refused_as_a_conflict() {
		importNetwork();
		recordTransfer(transfer("t1", "p1", "p2", "2026-01-10", "outcome", OUTCOME)).errors().verify();
		ResponseError error = firstError(
				recordTransfer(transfer("t1", "p1", "p2", "2026-01-10", "outcome", Map.of("rating", 1))));
		assertThat(code(error)).isEqualTo("BAD_REQUEST");
		assertThat(error.getMessage()).contains("CONFLICT").contains("already recorded with different content");
		readTransfer("t1").path("transfer.outcome.rating").entity(Integer.class).isEqualTo(4);
	}

	@Test
	void a_transfer_inside_a_mentorship_must_be_between_its_two_people() {
		importNetwork();
		startMentorship(mentorship("m1", "p1", "p2")).errors().verify();
		recordTransfer(transfer("t1", "p2", "p1", "2026-01-10", "mentorship", "m1")).errors().verify();
		assertThat(message(recordTransfer(transfer("t2", "p1", "p3", "2026-01-10", "mentorship", "m1"))))
			.contains("input.mentorship")
			.contains("transfer is between p1 and p3 but mentorship 'm1' is between p1 and p2");
	}

	@Test
	void a_consult_stands_outside_any_mentorship() {
		importNetwork();
		startMentorship(mentorship("m1", "p1", "p2")).errors().verify();
		recordTransfer(transfer("t1", "p1", "p2", "2026-01-10", "format", "CONSULT")).errors().verify();
		assertThat(message(
				recordTransfer(transfer("t2", "p1", "p2", "2026-01-10", "format", "CONSULT", "mentorship", "m1"))))
			.contains("input.format")
			.contains("a CONSULT is a one-off question outside any mentorship");
	}

	@Test
	void every_field_rule_of_the_import_applies() {
		importNetwork();
		String message = message(recordTransfer(transfer("t1", "p1", "p1", LocalDate.now().plusDays(5).toString(),
				"skill", "s9", "minutes", 0, "outcome", Map.of("rating", 6), "mentorship", "m9")));
		assertThat(message).contains("input.to: the one who taught and the one who learned are the same person")
			.contains("input.on:")
			.contains("is in the future")
			.contains("input.skill: unknown skill 's9'")
			.contains("input.minutes")
			.contains("input.outcome.rating")
			.contains("input.mentorship: unknown mentorship 'm9'");
		assertThat(count("Transfer")).isZero();
	}

	@Test
	void a_transfer_dated_before_a_membership_began_does_not_count_for_it() {
		importNetwork();
		JsonNode before = json(recordTransfer(transfer("t1", "p3", "p2", "2024-12-31")), "recordTransfer");
		JsonNode on = json(recordTransfer(transfer("t2", "p3", "p2", "2025-01-01")), "recordTransfer");
		assertThat(before.at("/fromContext/communities").toString()).isEqualTo("[\"c1\"]");
		assertThat(on.at("/fromContext/communities").toString()).contains("c1").contains("c2");
	}

	@Test
	void contexts_survive_a_later_move() {
		importNetwork();
		recordTransfer(transfer("t1", "p1", "p2", "2026-01-10")).errors().verify();
		// p1 leaves c1 (membership ended before the transfer, in hindsight) and joins c2;
		// p2 moves institution.
		importJson(
				"""
						{"format":"boomerang-import/1","people":[
						  {"id":"p1","name":"Person 1","careerStage":"STUDENT","professions":["prof1"],
						   "communities":[{"community":"c1","from":"2020-01-01","to":"2025-06-30"},{"community":"c2","from":"2025-07-01"}]},
						  {"id":"p2","name":"Person 2","careerStage":"SENIOR","professions":["prof2"],
						   "affiliations":[{"institution":"i2","from":"2020-01-01"}]}]}""");
		JsonNode t = json(readTransfer("t1"), "transfer");
		assertThat(t.at("/fromContext/communities").toString()).isEqualTo("[\"c1\"]");
		assertThat(t.at("/toContext/institutions").toString()).isEqualTo("[\"i1\"]");
		// Kept as the transfer's id lists (what the flows read), not as edges to the
		// places.
		assertThat(read("MATCH (t:Transfer {id: 't1'}) RETURN t.fromCommunities AS ids, "
				+ "COUNT { (t)-[:FROM_CONTEXT|TO_CONTEXT]->() } AS edges", Map.of())
			.records()
			.get(0)
			.asMap()).isEqualTo(Map.of("ids", List.of("c1"), "edges", 0L));
	}

	private Object updatedAt(String id) {
		return read("MATCH (t:Transfer {id: $id}) RETURN t.updatedAt AS u", Map.of("id", id)).records()
			.get(0)
			.get("u")
			.asObject();
	}

	/**
	 * p1 STUDENT in c1 (from 2020) and prof1 at i1; p2 SENIOR in prof2 at i1; p3 TRAINEE
	 * in c1 (from 2020) and c2 (from 2025-01-01).
	 */
	void importNetwork() {
		importJson(
				"""
						{"format":"boomerang-import/1",
						 "institutions":[{"id":"i1","name":"Inst one","kind":"HOSPITAL"},{"id":"i2","name":"Inst two","kind":"UNIVERSITY"}],
						 "professions":[{"id":"prof1","name":"Prof one"},{"id":"prof2","name":"Prof two"}],
						 "communities":[{"id":"c1","name":"Community one"},{"id":"c2","name":"Community two"}],
						 "skills":[{"id":"s1","name":"Skill one"},{"id":"s2","name":"Skill, two"}],
						 "people":[
						  {"id":"p1","name":"Person 1","careerStage":"STUDENT","professions":["prof1"],
						   "affiliations":[{"institution":"i1","from":"2020-01-01"}],
						   "communities":[{"community":"c1","from":"2020-01-01"}]},
						  {"id":"p2","name":"Person 2","careerStage":"SENIOR","professions":["prof2"],
						   "affiliations":[{"institution":"i1","from":"2020-01-01"}]},
						  {"id":"p3","name":"Person 3","careerStage":"TRAINEE","professions":["prof1"],
						   "communities":[{"community":"c1","from":"2020-01-01"},{"community":"c2","from":"2025-01-01"}]}]}""");
	}

}
