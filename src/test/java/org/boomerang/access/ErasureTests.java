package org.boomerang.access;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.boomerang.GraphTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * erasePerson: the person and their personal data go; their transfers stay anonymous, so
 * flows, the research export and other people's evidence do not change.
 */
class ErasureTests extends GraphTests {

	/** Lee (university) learned EHR from Ana, confirmed with a note. */
	private static final String LEE = """
			{ "format": "boomerang-import/1",
			  "people": [
			    { "id": "lee", "name": "Lee Gone", "email": "lee@uni.example", "careerStage": "SENIOR",
			      "bio": "Lee's own words", "affiliations": [{ "institution": "inst:uni", "role": "Surgeon" }],
			      "communities": [{ "community": "cop:digital" }],
			      "skills": [{ "skill": "skill:podcasting", "level": 2 }], "wantsToLearn": [{ "skill": "skill:ehr" }] } ],
			  "transfers": [
			    { "id": "t:ana-lee", "from": "ana", "to": "lee", "skill": "skill:ehr", "on": "2025-06-02",
			      "outcome": { "rating": 5, "learnerConfirmed": true, "notes": "Lee did great" } } ] }
			""";

	@BeforeEach
	void network() {
		importJson(AccessFixture.NETWORK);
		importJson(LEE);
	}

	private GraphQlTester.Response as(String token, String operation, Map<String, Object> variables) {
		GraphQlTester.Request<?> request = graphQlAs(token).documentName("erasure").operationName(operation);
		for (Map.Entry<String, Object> variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		return request.execute();
	}

	private JsonNode data(String token, String operation, Map<String, Object> variables) {
		return as(token, operation, variables).path("").entity(JsonNode.class).get();
	}

	private List<String> export() {
		HttpResponse<String> csv = get("/api/export/transfers.csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		return Arrays.asList(csv.body().split("\r?\n"));
	}

	private static String learnerOf(List<String> rows, String date) {
		return rows.stream().filter((r) -> r.startsWith(date)).findFirst().orElseThrow().split(",")[4];
	}

	@Test
	void flows_export_rows_and_a_teachers_rank_do_not_change_when_a_learner_is_erased() {
		String admin = this.tokens.admin();
		String dee = this.tokens.staff("dee");
		JsonNode flows = data(admin, "Flows", Map.of());
		JsonNode teachers = data(dee, "Teachers", Map.of());
		List<String> rows = export();
		String leeBefore = learnerOf(rows, "2025-06-02");

		assertThat(data(admin, "ErasePerson", Map.of("id", "lee")).path("erasePerson").asBoolean()).isTrue();

		assertThat(data(admin, "Flows", Map.of())).isEqualTo(flows);
		assertThat(data(dee, "Teachers", Map.of())).isEqualTo(teachers);
		List<String> after = export();
		assertThat(after).hasSameSizeAs(rows);
		String leeAfter = learnerOf(after, "2025-06-02");
		assertThat(leeAfter).isNotEqualTo(leeBefore).isEqualTo(learnerOf(export(), "2025-06-02"));
		// Ana's side of the row keeps its pseudonym.
		assertThat(after.stream().filter((r) -> r.startsWith("2025-06-02")).findFirst().orElseThrow().split(",")[3])
			.isEqualTo(rows.stream().filter((r) -> r.startsWith("2025-06-02")).findFirst().orElseThrow().split(",")[3]);
		// The transfer stays, anonymous on Lee's side.
		JsonNode transfer = data(admin, "TransferSides", Map.of("id", "t:ana-lee")).path("transfer");
		assertThat(transfer.path("from").path("id").asString()).isEqualTo("ana");
		assertThat(transfer.path("to").isNull()).isTrue();
		assertThat(transfer.path("outcome").path("learnerConfirmed").asBoolean()).isTrue();
		assertThat(transfer.path("outcome").path("notes").isNull()).isTrue();
	}

	@Test
	void nothing_personal_of_the_erased_person_remains() {
		this.graphQl.documentName("erasure")
			.operationName("ErasePerson")
			.variable("id", "lee")
			.execute()
			.path("erasePerson")
			.entity(Boolean.class)
			.isEqualTo(true);
		List<String> personal = List.of("lee", "Lee Gone", "lee gone", "lee@uni.example", "Lee's own words", "Surgeon",
				"Lee did great");
		long found = read("""
				MATCH (n)
				WHERE any(k IN keys(n) WHERE n[k] IN $personal
				          OR (n[k] IS :: LIST<ANY> AND any(x IN n[k] WHERE x IN $personal)))
				RETURN count(n) AS found
				""", Map.of("personal", personal)).records().get(0).get("found").asLong();
		long relationships = read("""
				MATCH ()-[r]->()
				WHERE any(k IN keys(r) WHERE r[k] IN $personal)
				RETURN count(r) AS found
				""", Map.of("personal", personal)).records().get(0).get("found").asLong();
		assertThat(found + relationships).isZero();
		this.graphQl.documentName("visibility")
			.operationName("Person")
			.variable("id", "lee")
			.execute()
			.path("person")
			.valueIsNull();
		// Erasing again finds nobody.
		assertThat(data(this.tokens.admin(), "ErasePerson", Map.of("id", "lee")).path("erasePerson").asBoolean())
			.isFalse();
	}

	@Test
	void an_erased_mentees_mentorship_ends_today_and_stays_anonymous() {
		String admin = this.tokens.admin();
		data(admin, "ErasePerson", Map.of("id", "bo"));
		JsonNode mentorship = data(admin, "MentorshipSides", Map.of("id", "m:ana-bo")).path("mentorship");
		assertThat(mentorship.path("mentor").path("id").asString()).isEqualTo("ana");
		assertThat(mentorship.path("mentee").isNull()).isTrue();
		assertThat(mentorship.path("endedOn").asString()).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
		// Ana still reads her mentorship and transfers.
		assertThat(data(this.tokens.staff("ana"), "TransferSides", Map.of("id", "t:bo-ana")).path("transfer")
			.path("to")
			.path("id")
			.asString()).isEqualTo("ana");
	}

}
