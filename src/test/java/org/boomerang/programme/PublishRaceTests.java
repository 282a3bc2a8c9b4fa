package org.boomerang.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.boomerang.Race;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishing a plan while the same mentor accepts requests never takes more places than
 * the mentor has: whichever writes first takes them, the others are refused, and every
 * mentorship written belongs to an answer that succeeded.
 */
class PublishRaceTests extends ProgrammeGraphQl {

	private static final int ROUNDS = 6;

	private static final List<String> ASKERS = List.of("c", "d", "e");

	@Test
	void a_plan_published_while_requests_are_accepted_never_exceeds_the_mentors_capacity() throws Exception {
		int publishedRounds = 0;
		for (int round = 0; round < ROUNDS; round++) {
			String r = "r" + round + ":";
			importJson(network(round));
			json(admin("Upsert", "input", programme(r + "prog", "OPEN", List.of("inst:h"), List.of(r + "mia"),
					Map.of("maxMenteesPerMentor", 2))), "upsertProgramme");
			json(admin("Enrol", "programme", r + "prog", "person", r + "mia", "as", "MENTOR"), "enrol");
			for (String mentee : List.of("a", "b")) {
				json(admin("Enrol", "programme", r + "prog", "person", r + mentee, "as", "MENTEE"), "enrol");
			}
			String plan = json(admin("Propose", "programme", r + "prog"), "proposeAssignment.id").asString();
			List<String> requests = new ArrayList<>();
			for (String asker : ASKERS) {
				requests.add(json(as(this.tokens.staff(r + asker), "Ask", "input",
						Map.of("to", r + "mia", "skills", List.of("skill:ehr"))), "requestMentorship.id")
					.asString());
			}
			String mia = this.tokens.staff(r + "mia");
			List<Callable<GraphQlTester.Response>> clients = new ArrayList<>();
			clients.add(() -> admin("Publish", "plan", plan));
			for (String request : requests) {
				clients.add(() -> as(mia, "Respond", "id", request, "accept", true));
			}
			List<GraphQlTester.Response> answers = Race.run(clients);
			boolean published = !failed(answers.get(0));
			int accepted = 0;
			for (int i = 1; i < answers.size(); i++) {
				if (failed(answers.get(i))) {
					assertThat(firstError(answers.get(i)).getMessage()).as("round %d, request %d", round, i)
						.contains("mentoringCapacity is 2");
				}
				else {
					accepted++;
				}
			}
			long active = read("MATCH (:Person {id: $id})<-[:MENTOR]-(m:Mentorship) RETURN count(m) AS n",
					Map.of("id", r + "mia"))
				.records()
				.get(0)
				.get("n")
				.asLong();
			assertThat(active).as("round %d: mentorships of a mentor with 2 places", round).isLessThanOrEqualTo(2);
			assertThat(active).as("round %d: every mentorship belongs to an answer that succeeded", round)
				.isEqualTo((published ? 2 : 0) + accepted);
			assertThat(active).as("round %d: the places do not go unused", round).isEqualTo(2);
			publishedRounds += published ? 1 : 0;
		}
		System.out.printf("PublishRaceTests: %d rounds, the plan won %d, requests won the others%n", ROUNDS,
				publishedRounds);
	}

	private static String network(int round) {
		String r = "r" + round + ":";
		StringBuilder people = new StringBuilder();
		people
			.append("""
					{ "id": "%smia", "name": "Mia", "email": "r%dmia@h.example", "careerStage": "TRAINEE", "mentoringCapacity": 2,
					  "affiliations": [{ "institution": "inst:h" }], "skills": [{ "skill": "skill:ehr", "level": 5, "canTeach": true }] }"""
				.formatted(r, round));
		for (String mentee : List.of("a", "b", "c", "d", "e")) {
			people.append(",")
				.append("""
						{ "id": "%s%s", "name": "Mentee %s", "email": "r%d%s@h.example", "careerStage": "SENIOR",
						  "affiliations": [{ "institution": "inst:h" }], "wantsToLearn": [{ "skill": "skill:ehr" }] }"""
					.formatted(r, mentee, mentee, round, mentee));
		}
		return """
				{ "format": "boomerang-import/1",
				  "institutions": [{ "id": "inst:h", "name": "Harbour", "kind": "HOSPITAL" }],
				  "skills": [{ "id": "skill:ehr", "name": "Electronic health records" }],
				  "people": [%s] }""".formatted(people);
	}

}
