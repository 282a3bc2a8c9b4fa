package org.boomerang.programme;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * proposeAssignment and publishAssignment on the small network of
 * {@link ProgrammeGraphQl#NETWORK}: pairs, their scores and reasons, every unmatched
 * mentee's reason, the rules, places, locks and exclusions, the plan kept until
 * published, and publishing once.
 */
class AssignmentTests extends ProgrammeGraphQl {

	private JsonNode propose(Object... variables) {
		Object[] all = new Object[variables.length + 2];
		all[0] = "programme";
		all[1] = "prog:one";
		System.arraycopy(variables, 0, all, 2, variables.length);
		return json(as(this.tokens.coordinator("cora"), "Propose", all), "proposeAssignment");
	}

	@Test
	void every_mentee_is_paired_or_told_why_not_within_the_places() {
		programmeWithEveryone(null);
		JsonNode plan = propose();
		Map<String, String> pairs = pairs(plan);
		Map<String, String> unmatched = unmatched(plan);
		// One place each for Mia (the programme's most per mentor) and Max; none for Mo.
		assertThat(pairs).hasSize(2);
		assertThat(pairs.values()).containsExactlyInAnyOrder("mia", "max");
		assertThat(unmatched).containsKeys("eno", "eta", "ezra").hasSize(4);
		assertThat(unmatched.get("eno")).isEqualTo("They have not said what they want to learn yet.");
		assertThat(unmatched.get("eta"))
			.isEqualTo("The one mentor who could teach them has no free place left in this plan.");
		assertThat(unmatched.get("ezra"))
			.isEqualTo("Nobody in the programme's mentor pool teaches what they want to learn.");
		String left = unmatched.keySet()
			.stream()
			.filter((mentee) -> List.of("eva", "eli", "ema").contains(mentee))
			.findFirst()
			.orElseThrow();
		assertThat(unmatched.get(left)).contains("no free place left in this plan");
		assertThat(plan.get("optimal").asBoolean()).isTrue();
		double total = 0;
		for (JsonNode pair : plan.get("pairs")) {
			total += pair.get("score").asDouble();
			assertThat(pair.get("locked").asBoolean()).isFalse();
			assertThat(pair.get("direction").asString()).isEqualTo("REVERSE");
		}
		assertThat(plan.get("totalScore").asDouble()).isCloseTo(total, within(1e-9));
	}

	@Test
	void the_plan_is_the_best_total_of_all_assignments_within_the_places() {
		programmeWithEveryone(null);
		JsonNode plan = propose();
		// The scores of every candidate pair, as whoCanTeach gives them to each mentee.
		Map<String, Double> score = new HashMap<>();
		for (String mentee : List.of("eva", "eli")) {
			for (JsonNode edge : json(admin("Teach", "topic", "Electronic health records", "asker", mentee),
					"whoCanTeach.edges")) {
				score.put(edge.get("node").get("person").get("id").asString() + "-" + mentee,
						edge.get("node").get("score").asDouble());
			}
		}
		for (JsonNode edge : json(admin("Teach", "topic", "Podcasting", "asker", "ema"), "whoCanTeach.edges")) {
			score.put(edge.get("node").get("person").get("id").asString() + "-ema",
					edge.get("node").get("score").asDouble());
		}
		// Mia and Max have one place each; Ema can only have Max.
		double best = Math.max(
				Math.max(score.get("mia-eva") + score.get("max-eli"), score.get("mia-eli") + score.get("max-eva")),
				Math.max(score.get("mia-eva") + score.get("max-ema"), score.get("mia-eli") + score.get("max-ema")));
		assertThat(plan.get("totalScore").asDouble()).isCloseTo(best, within(1e-6));
		for (JsonNode pair : plan.get("pairs")) {
			String key = pair.get("mentor").get("id").asString() + "-" + pair.get("mentee").get("id").asString();
			assertThat(pair.get("score").asDouble()).as(key).isCloseTo(score.get(key), within(1e-9));
		}
	}

	@Test
	void a_pair_is_scored_and_explained_as_whoCanTeach_answers_the_mentee() {
		programmeWithEveryone(null);
		JsonNode plan = propose("lock", List.of(pair("mia", "eva")));
		JsonNode pair = plan.get("pairs")
			.findParents("locked")
			.stream()
			.filter((p) -> p.get("mentee").get("id").asString().equals("eva"))
			.findFirst()
			.orElseThrow();
		JsonNode search = json(admin("Teach", "topic", "Electronic health records", "asker", "eva"),
				"whoCanTeach.edges")
			.get(0)
			.get("node");
		assertThat(search.get("person").get("id").asString()).isEqualTo("mia");
		assertThat(pair.get("score").asDouble()).isCloseTo(search.get("score").asDouble(), within(1e-9));
		assertThat(pair.get("reasons")).isEqualTo(search.get("reasons"));
		assertThat(ids(pair.get("skills"))).containsExactly("skill:ehr");
		assertThat(pair.get("locked").asBoolean()).isTrue();
	}

	@Test
	void the_cross_institution_rule_keeps_colleagues_apart_and_says_so() {
		programmeWithEveryone(Map.of("crossInstitution", true));
		JsonNode plan = propose("exclude", List.of(pair("max", "eva")));
		Map<String, String> pairs = pairs(plan);
		// Eva and Mia work at Harbour, Eli and Max at the university.
		assertThat(pairs).containsEntry("eli", "mia").containsEntry("ema", "max").doesNotContainKey("eva");
		assertThat(unmatched(plan).get("eva")).isEqualTo("Every mentor who teaches what they want is ruled out: 1 by"
				+ " the cross-institution rule (they share an institution), 1 excluded by the coordinator.");
	}

	@Test
	void the_cross_profession_rule_and_the_kind_rule_out_pairs() {
		programmeWithEveryone(Map.of("crossProfession", true, "maxMenteesPerMentor", 2));
		Map<String, String> pairs = pairs(propose());
		// Eva and Mia are nurses, Eli and Max doctors; Max's one place goes to Eva or
		// Ema.
		assertThat(pairs).containsEntry("eli", "mia").doesNotContainEntry("eva", "mia");
		assertThat(pairs.values().stream().filter("max"::equals)).hasSize(1);
		json(admin("Upsert", "input",
				programme("prog:one", "TRADITIONAL", List.of("inst:harbour", "inst:uni"), List.of("cora"), null)),
				"upsertProgramme");
		JsonNode traditional = propose();
		assertThat(traditional.get("pairs")).isEmpty();
		assertThat(unmatched(traditional).get("eva")).contains("by the programme's kind");
	}

	@Test
	void a_mentor_takes_no_more_than_the_programmes_most_and_their_own_free_places() {
		programmeWithEveryone(Map.of("maxMenteesPerMentor", 2));
		Map<String, String> pairs = pairs(propose());
		// Mia has two places, Max one: all three who want EHR or podcasting are paired.
		assertThat(pairs).containsOnlyKeys("eva", "eli", "ema");
		assertThat(pairs.values().stream().filter("mia"::equals).count()).isEqualTo(2);
		assertThat(pairs.values().stream().filter("max"::equals).count()).isEqualTo(1);
	}

	@Test
	void locked_pairs_are_kept_and_excluded_pairs_left_out() {
		programmeWithEveryone(null);
		JsonNode plan = propose("lock", List.of(pair("max", "eva")), "exclude", List.of(pair("mia", "eli")));
		Map<String, String> pairs = pairs(plan);
		assertThat(pairs).containsEntry("eva", "max").doesNotContainEntry("eli", "mia");
		// Max's one place is locked to Eva, so Ema (only Max teaches podcasting) waits.
		assertThat(unmatched(plan).get("ema")).contains("no free place left");
		assertThat(plan.get("pairs").findParents("locked").stream().filter((p) -> p.get("locked").asBoolean()))
			.hasSize(1);
	}

	@Test
	void a_lock_that_cannot_be_kept_is_refused_with_where_and_why() {
		programmeWithEveryone(null);
		GraphQlTester.Response notTeaching = as(this.tokens.coordinator("cora"), "Propose", "programme", "prog:one",
				"lock", List.of(pair("mo", "eva")));
		ResponseError error = firstError(notTeaching);
		assertThat(code(error)).isEqualTo("BAD_REQUEST");
		assertThat(error.getMessage()).contains("mentor mo is not a candidate for mentee eva");
		assertThat(problems(error, "path")).containsExactly("lock[0]");
		GraphQlTester.Response outsider = as(this.tokens.coordinator("cora"), "Propose", "programme", "prog:one",
				"lock", List.of(pair("cora", "eva")));
		assertThat(firstError(outsider).getMessage()).contains("lock[0].mentor")
			.contains("'cora' is not in the mentor pool");
		assertThat(count("AssignmentPlan")).isZero();
	}

	@Test
	void the_plan_is_kept_until_published_and_publishing_twice_creates_nothing_new() {
		programmeWithEveryone(null);
		JsonNode plan = propose();
		String id = plan.get("id").asString();
		assertThat(json(as(this.tokens.coordinator("cora"), "Programme", "id", "prog:one"), "programme.pendingPlan.id")
			.asString()).isEqualTo(id);
		assertThat(json(as(this.tokens.coordinator("cora"), "Plan", "id", id), "assignmentPlan")).isEqualTo(plan);
		JsonNode published = json(as(this.tokens.coordinator("cora"), "Publish", "plan", id), "publishAssignment");
		assertThat(published).hasSize(2);
		for (JsonNode mentorship : published) {
			assertThat(mentorship.get("origin").asString()).isEqualTo("ASSIGNED");
			assertThat(mentorship.get("program").asString()).isEqualTo("prog:one");
			assertThat(mentorship.get("startedOn").asString()).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
			assertThat(pairs(plan)).containsEntry(mentorship.get("mentee").get("id").asString(),
					mentorship.get("mentor").get("id").asString());
		}
		long mentorships = count("Mentorship");
		long audits = count("AuditEntry");
		JsonNode again = json(as(this.tokens.coordinator("cora"), "Publish", "plan", id), "publishAssignment");
		assertThat(again).isEqualTo(published);
		assertThat(count("Mentorship")).isEqualTo(mentorships).isEqualTo(2);
		assertThat(count("AuditEntry")).isEqualTo(audits);
		JsonNode programme = json(as(this.tokens.coordinator("cora"), "Programme", "id", "prog:one"), "programme");
		assertThat(ids(programme.get("mentorships"))).containsExactlyInAnyOrderElementsOf(ids(published));
		assertThat(programme.get("pendingPlan").isNull()).isTrue();
		// The paired mentees now have their mentor: the next plan is about the others.
		JsonNode next = propose();
		assertThat(pairs(next)).isEmpty();
		assertThat(unmatched(next)).doesNotContainKeys(pairs(plan).keySet().toArray(String[]::new));
	}

	@Test
	void publishing_is_refused_whole_when_a_mentor_lost_their_place_meanwhile() {
		programmeWithEveryone(null);
		JsonNode plan = propose("lock", List.of(pair("max", "ema")));
		// Max's one place goes elsewhere before the plan is published.
		json(admin("Start", "input", Map.of("id", "m:elsewhere", "mentor", "max", "mentee", "eno", "skills",
				List.of("skill:podcasting"), "startedOn", "2026-01-01")), "startMentorship");
		GraphQlTester.Response refused = as(this.tokens.coordinator("cora"), "Publish", "plan",
				plan.get("id").asString());
		assertThat(onlyCode(refused)).isEqualTo("BAD_REQUEST");
		assertThat(firstError(refused).getMessage()).contains("max")
			.contains("mentoringCapacity is 1")
			.contains("propose again");
		assertThat(count("Mentorship")).isEqualTo(1);
		assertThat(json(as(this.tokens.coordinator("cora"), "Plan", "id", plan.get("id").asString()), "assignmentPlan")
			.get("publishedAt")
			.isNull()).isTrue();
	}

	@Test
	void only_the_programmes_coordinators_and_admins_propose_publish_and_read_plans() {
		programmeWithEveryone(null);
		assertThat(onlyCode(as(this.tokens.coordinator("uma"), "Propose", "programme", "prog:one")))
			.isEqualTo("FORBIDDEN");
		String id = json(admin("Propose", "programme", "prog:one"), "proposeAssignment.id").asString();
		assertThat(onlyCode(as(this.tokens.coordinator("uma"), "Plan", "id", id))).isEqualTo("FORBIDDEN");
		assertThat(onlyCode(as(this.tokens.staff("mia"), "Publish", "plan", id))).isEqualTo("FORBIDDEN");
		assertThat(json(as(this.tokens.staff("cora"), "Programme", "id", "prog:one"), "programme").get("pendingPlan")
			.isNull()).isTrue();
		assertThat(onlyCode(admin("Publish", "plan", "plan:none"))).isEqualTo("NOT_FOUND");
	}

}
