package org.boomerang.mentoring;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.graphql.ResponseError;

import static org.assertj.core.api.Assertions.assertThat;

class KnowledgeFlowTests extends MentoringGraphQl {

	@Test
	void the_example_flows_run_between_the_communities_both_sides_had_on_the_day() {
		importExample();
		assertThat(flows("COMMUNITY", null, null, null)).containsExactlyInAnyOrder(
				"cop:example-clinical-teaching>cop:example-digital-health 1 2 [skill:example-clinical-reasoning]",
				"cop:example-digital-health>cop:example-clinical-teaching 1 2 [skill:example-podcasting]");
		// Ana teaches Malcolm, who practises two professions: the transfer counts for
		// each.
		assertThat(flows("PROFESSION", null, null, null)).containsExactlyInAnyOrder(
				"prof:example-physiotherapy>prof:example-medicine 1 2 [skill:example-podcasting]",
				"prof:example-physiotherapy>prof:example-education 1 2 [skill:example-podcasting]",
				"prof:example-medicine>prof:example-physiotherapy 1 2 [skill:example-clinical-reasoning]",
				"prof:example-education>prof:example-physiotherapy 1 2 [skill:example-clinical-reasoning]",
				"prof:example-medicine>prof:example-pharmacy 1 2 [skill:example-telehealth]");
	}

	@Test
	void endpoints_carry_their_names_and_level() {
		importFlowNetwork();
		JsonNode flow = query("INSTITUTION", null, null, null).get(0);
		assertThat(flow.at("/from/name").asString()).isEqualTo("Inst one");
		assertThat(flow.at("/from/level").asString()).isEqualTo("INSTITUTION");
		assertThat(flow.at("/to/id").asString()).isEqualTo("i2");
	}

	@Test
	void a_transfer_on_until_counts_and_one_the_day_after_does_not() {
		importFlowNetwork();
		assertThat(flows("COMMUNITY", "2025-03-01", "2025-03-31", null)).containsExactly("c1>c2 2 3 [s1, s2]",
				"c1>c1 1 2 [s1]", "c2>c2 1 2 [s2]");
		assertThat(flows("COMMUNITY", "2025-03-01", "2025-04-01", null)).first().isEqualTo("c1>c2 3 3 [s1, s2]");
	}

	@Test
	void a_transfer_on_since_counts_and_one_the_day_before_does_not() {
		importFlowNetwork();
		assertThat(flows("COMMUNITY", "2025-03-10", "2025-03-31", null)).containsExactly("c1>c1 1 2 [s1]",
				"c1>c2 1 2 [s2]", "c2>c2 1 2 [s2]");
	}

	@Test
	void a_person_in_two_communities_counts_for_each_and_within_community_flows_are_kept() {
		importFlowNetwork();
		// t2: p3 (in c1 and c2) teaches p2 (in c2).
		assertThat(flows("COMMUNITY", "2025-03-10", "2025-03-10", null)).containsExactly("c1>c2 1 2 [s2]",
				"c2>c2 1 2 [s2]");
	}

	@Test
	void the_skill_filter_keeps_only_transfers_of_that_skill() {
		importFlowNetwork();
		assertThat(flows("COMMUNITY", "2025-03-01", "2025-03-31", "s1")).containsExactly("c1>c1 1 2 [s1]",
				"c1>c2 1 2 [s1]");
		assertThat(flows("COMMUNITY", null, null, "unknown-skill")).isEmpty();
	}

	@Test
	void professions_and_institutions_are_levels_of_their_own() {
		importFlowNetwork();
		assertThat(flows("PROFESSION", null, null, null)).containsExactly("prof1>prof2 3 3 [s1, s2]");
		assertThat(flows("INSTITUTION", null, null, null)).containsExactly("i1>i2 3 3 [s1, s2]");
	}

	@Test
	void flows_stay_the_same_when_people_later_move() {
		importFlowNetwork();
		List<String> before = flows("COMMUNITY", null, null, null);
		importJson(
				"""
						{"format":"boomerang-import/1","people":[
						  {"id":"p1","name":"P1","careerStage":"TRAINEE","communities":[{"community":"c3","from":"2019-01-01"}]},
						  {"id":"p2","name":"P2","careerStage":"SENIOR","communities":[{"community":"c3","from":"2019-01-01"}]}]}""");
		assertThat(flows("COMMUNITY", null, null, null)).isEqualTo(before);
	}

	@Test
	void transfers_recorded_after_a_query_show_in_the_next_one() {
		importFlowNetwork();
		assertThat(flows("COMMUNITY", "2025-05-01", null, null)).isEmpty();
		recordTransfer(transfer("t9", "p4", "p2", "2025-05-02", "skill", "s2")).errors().verify();
		assertThat(flows("COMMUNITY", "2025-05-01", null, null)).containsExactly("c1>c2 1 2 [s2]");
	}

	@Test
	void a_transfer_deleted_while_more_arrive_is_not_counted_from_memory() {
		importFlowNetwork();
		assertThat(flows("COMMUNITY", "2025-04-01", "2025-04-01", null)).containsExactly("c1>c2 1 2 [s1]");
		// One transfer goes behind the service's back and two arrive: more transfers
		// than before, all newer, yet the one deleted must not stay counted.
		write("MATCH (t:Transfer {id: 't4'}) DETACH DELETE t", java.util.Map.of());
		recordTransfer(transfer("t8", "p4", "p2", "2025-05-02", "skill", "s2")).errors().verify();
		recordTransfer(transfer("t9", "p4", "p2", "2025-05-03", "skill", "s2")).errors().verify();
		assertThat(flows("COMMUNITY", "2025-04-01", "2025-04-01", null)).isEmpty();
		assertThat(flows("COMMUNITY", "2025-05-01", null, null)).containsExactly("c1>c2 2 2 [s2]");
	}

	@Test
	void catching_up_seeks_the_new_transfers_in_the_created_at_index() {
		String plan = read("EXPLAIN " + this.queries.get("mentoring/flow-transfers-after"),
				java.util.Map.of("after", java.time.ZonedDateTime.now()))
			.summary()
			.plan()
			.toString();
		assertThat(plan).contains("NodeIndexSeekByRange");
	}

	@Test
	void until_before_since_is_refused() {
		ResponseError error = firstError(
				graphQl("knowledge-flows", "level", "COMMUNITY", "since", "2025-02-01", "until", "2025-01-01"));
		assertThat(code(error)).isEqualTo("BAD_REQUEST");
		assertThat(error.getMessage()).contains("until (2025-01-01) is before since (2025-02-01)");
	}

	private List<String> flows(String level, String since, String until, String skill) {
		List<String> lines = new ArrayList<>();
		for (JsonNode flow : query(level, since, until, skill)) {
			assertThat(flow.at("/from/level").asString()).isEqualTo(level);
			lines.add(flow.at("/from/id").asString() + ">" + flow.at("/to/id").asString() + " "
					+ flow.get("transfers").asInt() + " " + flow.get("people").asInt() + " "
					+ flow.get("skills").findValuesAsString("id").stream().sorted().toList());
		}
		return lines;
	}

	private JsonNode query(String level, String since, String until, String skill) {
		return json(graphQl("knowledge-flows", "level", level, "since", since, "until", until, "skill", skill),
				"knowledgeFlows");
	}

	/**
	 * p1 (c1, prof1, i1), p2 (c2, prof2, i2), p3 (c1 and c2, prof1, i1), p4 (c1 only); t1
	 * p1>p2 s1 03-01, t2 p3>p2 s2 03-10, t3 p1>p4 s1 03-31, t4 p1>p2 s1 04-01 (2025).
	 */
	private void importFlowNetwork() {
		importJson(
				"""
						{"format":"boomerang-import/1",
						 "institutions":[{"id":"i1","name":"Inst one","kind":"HOSPITAL"},{"id":"i2","name":"Inst two","kind":"UNIVERSITY"}],
						 "professions":[{"id":"prof1","name":"Prof one"},{"id":"prof2","name":"Prof two"}],
						 "communities":[{"id":"c1","name":"C one"},{"id":"c2","name":"C two"},{"id":"c3","name":"C three"}],
						 "skills":[{"id":"s1","name":"Skill one"},{"id":"s2","name":"Skill two"}],
						 "people":[
						  {"id":"p1","name":"P1","careerStage":"TRAINEE","professions":["prof1"],
						   "affiliations":[{"institution":"i1","from":"2020-01-01"}],"communities":[{"community":"c1","from":"2020-01-01"}]},
						  {"id":"p2","name":"P2","careerStage":"SENIOR","professions":["prof2"],
						   "affiliations":[{"institution":"i2","from":"2020-01-01"}],"communities":[{"community":"c2","from":"2020-01-01"}]},
						  {"id":"p3","name":"P3","careerStage":"TRAINEE","professions":["prof1"],
						   "affiliations":[{"institution":"i1","from":"2020-01-01"}],
						   "communities":[{"community":"c1","from":"2020-01-01"},{"community":"c2","from":"2020-01-01"}]},
						  {"id":"p4","name":"P4","careerStage":"STUDENT","communities":[{"community":"c1","from":"2020-01-01"}]}],
						 "transfers":[
						  {"id":"t1","from":"p1","to":"p2","skill":"s1","on":"2025-03-01"},
						  {"id":"t2","from":"p3","to":"p2","skill":"s2","on":"2025-03-10"},
						  {"id":"t3","from":"p1","to":"p4","skill":"s1","on":"2025-03-31"},
						  {"id":"t4","from":"p1","to":"p2","skill":"s1","on":"2025-04-01"}]}""");
	}

}
