package org.boomerang.mentoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.boomerang.importing.ImportRejectedException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MentorshipTests extends MentoringGraphQl {

	@Test
	void the_example_mentorship_is_reverse_reciprocal_and_assigned() {
		importExample();
		JsonNode m = json(readMentorship("mentorship:example-ana-malcolm"), "mentorship");
		assertThat(m.get("direction").asString()).isEqualTo("REVERSE");
		assertThat(m.get("reciprocal").asBoolean()).isTrue();
		assertThat(m.get("origin").asString()).isEqualTo("ASSIGNED");
		assertThat(m.get("mentor").get("id").asString()).isEqualTo("person:example-ana");
		assertThat(m.get("mentee").get("id").asString()).isEqualTo("person:example-malcolm");
		assertThat(m.get("skills").findValuesAsString("id")).containsExactlyInAnyOrder("skill:example-podcasting",
				"skill:example-ehr");
		assertThat(m.get("transfers").findValuesAsString("id")).containsExactly("transfer:example-1",
				"transfer:example-2");
		assertThat(m.get("mentorStage").asString()).isEqualTo("EARLY_CAREER");
		assertThat(m.get("active").asBoolean()).isTrue();
	}

	@Test
	void a_mentorship_whose_transfers_ran_one_way_only_is_not_reciprocal() {
		importPeople("SENIOR", "STUDENT");
		startMentorship(mentorship("m1", "p1", "p2")).errors().verify();
		recordTransfer(transfer("t1", "p1", "p2", "2026-01-05", "mentorship", "m1")).errors().verify();
		JsonNode m = json(readMentorship("m1"), "mentorship");
		assertThat(m.get("direction").asString()).isEqualTo("TRADITIONAL");
		assertThat(m.get("reciprocal").asBoolean()).isFalse();
		recordTransfer(transfer("t2", "p2", "p1", "2026-01-06", "mentorship", "m1")).errors().verify();
		readMentorship("m1").path("mentorship.reciprocal").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void direction_is_peer_at_equal_stages_and_reverse_when_the_mentor_stands_lower() {
		importPeople("TRAINEE", "TRAINEE", "SENIOR");
		startMentorship(mentorship("m1", "p1", "p2")).path("startMentorship.direction")
			.entity(String.class)
			.isEqualTo("PEER");
		startMentorship(mentorship("m2", "p1", "p3")).path("startMentorship.direction")
			.entity(String.class)
			.isEqualTo("REVERSE");
	}

	@Test
	void direction_stays_as_it_was_at_the_start_when_a_side_is_later_promoted() {
		importPeople("EARLY_CAREER", "SENIOR");
		startMentorship(mentorship("m1", "p1", "p2")).errors().verify();
		importJson("""
				{"format":"boomerang-import/1","people":[{"id":"p1","name":"Person 1","careerStage":"SENIOR"}]}""");
		JsonNode ended = json(endMentorship("m1", "2026-02-01"), "endMentorship");
		assertThat(ended.get("direction").asString()).isEqualTo("REVERSE");
		assertThat(ended.get("mentorStage").asString()).isEqualTo("EARLY_CAREER");
		assertThat(ended.get("endedOn").asString()).isEqualTo("2026-02-01");
		assertThat(ended.get("active").asBoolean()).isFalse();
	}

	@Test
	void resending_the_same_start_answers_the_same_and_changes_nothing() {
		importPeople("SENIOR:1", "STUDENT");
		JsonNode first = json(startMentorship(mentorship("m1", "p1", "p2", "goals", "Learn", "origin", "ASSIGNED")),
				"startMentorship");
		Object updatedAt = read("MATCH (m:Mentorship {id: 'm1'}) RETURN m.updatedAt AS u", Map.of()).records()
			.get(0)
			.get("u")
			.asObject();
		// The mentor's only place is taken by this very mentorship: restating it is still
		// fine.
		JsonNode second = json(startMentorship(mentorship("m1", "p1", "p2", "goals", "Learn", "origin", "ASSIGNED")),
				"startMentorship");
		assertThat(second).isEqualTo(first);
		assertThat(read("MATCH (m:Mentorship {id: 'm1'}) RETURN m.updatedAt AS u", Map.of()).records()
			.get(0)
			.get("u")
			.asObject()).isEqualTo(updatedAt);
		assertThat(count("Mentorship")).isEqualTo(1);
	}

	@Test
	void a_mentor_at_capacity_cannot_start_another_mentorship() {
		importPeople("SENIOR:1", "STUDENT", "STUDENT");
		startMentorship(mentorship("m1", "p1", "p2")).errors().verify();
		ResponseError error = firstError(startMentorship(mentorship("m2", "p1", "p3")));
		assertThat(code(error)).isEqualTo("BAD_REQUEST");
		assertThat(error.getMessage()).contains("input.mentor")
			.contains("mentor 'p1' has no free place")
			.contains("mentoringCapacity is 1");
		assertThat(count("Mentorship")).isEqualTo(1);
	}

	@Test
	void ending_a_mentorship_frees_the_mentors_place() {
		importPeople("SENIOR:1", "STUDENT", "STUDENT");
		startMentorship(mentorship("m1", "p1", "p2")).errors().verify();
		endMentorship("m1", "2026-01-20").errors().verify();
		startMentorship(mentorship("m2", "p1", "p3")).errors().verify();
	}

	@Test
	void a_mentorship_ending_in_the_future_still_holds_its_place() {
		importPeople("SENIOR:1", "STUDENT", "STUDENT");
		startMentorship(mentorship("m1", "p1", "p2", "endedOn", java.time.LocalDate.now().plusDays(30).toString()))
			.errors()
			.verify();
		assertThat(message(startMentorship(mentorship("m2", "p1", "p3")))).contains("no free place");
	}

	@Test
	void parallel_requests_for_the_last_place_let_exactly_one_through() throws Exception {
		importPeople("SENIOR:1", "STUDENT", "STUDENT");
		for (int round = 0; round < 5; round++) {
			clearMentorships();
			List<GraphQlTester.Response> answers = race(
					List.of(mentorship("a" + round, "p1", "p2"), mentorship("b" + round, "p1", "p3")));
			assertThat(answers.stream().filter((a) -> !failed(a)).count()).as("round %d", round).isEqualTo(1);
			assertThat(count("Mentorship")).isEqualTo(1);
		}
	}

	@Test
	void many_parallel_requests_never_exceed_the_mentors_capacity() throws Exception {
		String[] people = new String[13];
		people[0] = "SENIOR:3";
		for (int i = 1; i < people.length; i++) {
			people[i] = "STUDENT";
		}
		importPeople(people);
		startMentorship(mentorship("held", "p1", "p2")).errors().verify();
		List<Map<String, Object>> inputs = new ArrayList<>();
		for (int i = 3; i <= 13; i++) {
			inputs.add(mentorship("m" + i, "p1", "p" + i));
		}
		List<GraphQlTester.Response> answers = race(inputs);
		assertThat(answers.stream().filter((a) -> !failed(a)).count()).isEqualTo(2);
		assertThat(answers.stream().filter(MentoringGraphQl::failed))
			.allSatisfy((a) -> assertThat(message(a)).contains("no free place"));
		assertThat(read("MATCH (:Mentorship)-[:MENTOR]->(:Person {id: 'p1'}) RETURN count(*) AS c", Map.of()).records()
			.get(0)
			.get("c")
			.asLong()).isEqualTo(3);
	}

	@Test
	void an_import_may_not_give_a_mentor_more_active_mentorships_than_their_capacity() {
		importPeople("SENIOR:2", "STUDENT", "STUDENT", "STUDENT", "STUDENT");
		startMentorship(mentorship("m1", "p1", "p2")).errors().verify();
		assertThatThrownBy(() -> importJson(
				"""
						{"format":"boomerang-import/1","mentorships":[
						  {"id":"old","mentor":"p1","mentee":"p5","skills":["s1"],"startedOn":"2020-01-01","endedOn":"2021-01-01"},
						  {"id":"m2","mentor":"p1","mentee":"p3","skills":["s1"],"startedOn":"2026-01-01"},
						  {"id":"m3","mentor":"p1","mentee":"p4","skills":["s1"],"startedOn":"2026-01-01"}]}"""))
			.isInstanceOf(ImportRejectedException.class)
			.satisfies((ex) -> assertThat(((ImportRejectedException) ex).problems()).extracting((p) -> p.path())
				.containsExactly("$.mentorships[1].mentor", "$.mentorships[2].mentor"));
		// Ended mentorships take no place; restating m1 and adding one more fits.
		importJson(
				"""
						{"format":"boomerang-import/1","mentorships":[
						  {"id":"old","mentor":"p1","mentee":"p5","skills":["s1"],"startedOn":"2020-01-01","endedOn":"2021-01-01"},
						  {"id":"m1","mentor":"p1","mentee":"p2","skills":["s1"],"startedOn":"2026-01-01"},
						  {"id":"m2","mentor":"p1","mentee":"p3","skills":["s1"],"startedOn":"2026-01-01"}]}""");
		assertThat(count("Mentorship")).isEqualTo(3);
	}

	@Test
	void mentor_and_mentee_must_differ() {
		importPeople("SENIOR", "STUDENT");
		assertThat(message(startMentorship(mentorship("m1", "p1", "p1")))).contains("input.mentee")
			.contains("mentor and mentee are the same person");
	}

	@Test
	void a_mentorship_cannot_end_before_it_starts() {
		importPeople("SENIOR", "STUDENT");
		assertThat(message(startMentorship(mentorship("m1", "p1", "p2", "endedOn", "2025-12-31"))))
			.contains("input.endedOn")
			.contains("before it starts");
		startMentorship(mentorship("m1", "p1", "p2")).errors().verify();
		ResponseError error = firstError(endMentorship("m1", "2025-06-01"));
		assertThat(code(error)).isEqualTo("BAD_REQUEST");
		assertThat(error.getMessage()).contains("before it starts");
	}

	@Test
	void skills_and_people_must_exist() {
		importPeople("SENIOR", "STUDENT");
		String message = message(startMentorship(mentorship("m1", "p1", "nobody", "skills", List.of("s1", "s9"))));
		assertThat(message).contains("input.mentee: unknown person 'nobody'")
			.contains("input.skills[1]: unknown skill 's9'");
	}

	@Test
	void ending_an_unknown_mentorship_is_not_found() {
		ResponseError error = firstError(endMentorship("nope", "2026-01-01"));
		assertThat(code(error)).isEqualTo("NOT_FOUND");
		assertThat(error.getMessage()).contains("there is no mentorship 'nope'");
	}

	@Test
	void an_unknown_mentorship_reads_as_null() {
		readMentorship("nope").path("mentorship").valueIsNull();
	}

	private void clearMentorships() {
		write("MATCH (m:Mentorship) DETACH DELETE m", Map.of());
	}

	private List<GraphQlTester.Response> race(List<Map<String, Object>> inputs) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(inputs.size());
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<GraphQlTester.Response>> futures = new ArrayList<>();
			for (Map<String, Object> input : inputs) {
				futures.add(pool.submit(() -> {
					start.await();
					return startMentorship(input);
				}));
			}
			start.countDown();
			List<GraphQlTester.Response> answers = new ArrayList<>();
			for (Future<GraphQlTester.Response> future : futures) {
				answers.add(future.get());
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
