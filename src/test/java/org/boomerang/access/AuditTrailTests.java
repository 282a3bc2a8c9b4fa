package org.boomerang.access;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.boomerang.GraphTests;
import org.boomerang.security.Scopes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write leaves an audit entry with who and when; admins read the trail page by
 * page.
 */
class AuditTrailTests extends GraphTests {

	@BeforeEach
	void network() {
		importJson(AccessFixture.NETWORK);
	}

	private JsonNode trail(Map<String, Object> variables) {
		GraphQlTester.Request<?> request = this.graphQl.documentName("audit-trail");
		for (Map.Entry<String, Object> variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		return request.execute().path("auditTrail").entity(JsonNode.class).get();
	}

	@Test
	void a_mutation_records_who_and_when_with_what_it_changed() {
		graphQlAs(this.tokens.staff("ana")).documentName("update-my-profile")
			.variable("input", Map.of("mentoringCapacity", 4))
			.execute()
			.errors()
			.verify();
		JsonNode entry = trail(Map.of("subject", "ana")).path("edges").path(0).path("node");
		assertThat(entry.path("operation").asString()).isEqualTo("updateMyProfile");
		assertThat(entry.path("personId").asString()).isEqualTo("ana");
		assertThat(entry.path("clientId").asString()).isEqualTo("boomerang-tests");
		assertThat(entry.path("status").asString()).isEqualTo("COMPLETED");
		assertThat(entry.path("targets").get(0).asString()).isEqualTo("ana");
		assertThat(entry.path("counts").get(0).path("kind").asString()).isEqualTo("people");
		assertThat(entry.path("counts").get(0).path("updated").asInt()).isEqualTo(1);
		assertThat(entry.path("at").asString()).isNotBlank();
		// What the write changed names its writer too.
		assertThat(read("MATCH (p:Person {id: 'ana'}) RETURN p.updatedBy AS by", Map.of()).records()
			.get(0)
			.get("by")
			.asString()).isEqualTo("ana");
	}

	@Test
	void an_import_and_a_confirmation_are_recorded_for_their_callers_and_a_refused_write_is_not() {
		String document = """
				{ "format": "boomerang-import/1",
				  "skills": [ { "id": "skill:triage", "name": "Triage" } ] }
				""";
		assertThat(post("/api/import", "application/json", document, this.tokens.client("hr-feed", Scopes.IMPORT))
			.statusCode()).isEqualTo(200);
		graphQlAs(this.tokens.staff("dee")).documentName("erasure")
			.operationName("ConfirmTransfer")
			.variable("id", "t:cy-dee")
			.variable("rating", 4)
			.execute()
			.errors()
			.verify();
		int before = trail(Map.of()).path("totalCount").asInt();
		assertThat(post("/api/import", "application/json", "{\"format\": \"boomerang-import/1\", \"skills\": [{}]}",
				this.tokens.client("hr-feed", Scopes.IMPORT))
			.statusCode()).isEqualTo(400);
		assertThat(trail(Map.of()).path("totalCount").asInt()).isEqualTo(before);

		JsonNode imported = trail(Map.of("subject", "hr-feed")).path("edges").path(0).path("node");
		assertThat(imported.path("operation").asString()).isEqualTo("import");
		assertThat(imported.path("clientId").asString()).isEqualTo("hr-feed");
		assertThat(imported.path("personId").isNull()).isTrue();
		assertThat(imported.path("targets").get(0).asString()).isEqualTo("skill:triage");
		JsonNode confirmed = trail(Map.of("subject", "dee")).path("edges").path(0).path("node");
		assertThat(confirmed.path("operation").asString()).isEqualTo("confirmTransfer");
		assertThat(confirmed.path("targets").get(0).asString()).isEqualTo("t:cy-dee");
		assertThat(read("MATCH (t:Transfer {id: 't:cy-dee'}) RETURN t.confirmedBy AS who", Map.of()).records()
			.get(0)
			.get("who")
			.asString()).isEqualTo("dee");
	}

	@Test
	void the_trail_pages_newest_first_without_gaps_or_repeats() {
		for (int capacity = 1; capacity <= 3; capacity++) {
			graphQlAs(this.tokens.staff("ana")).documentName("update-my-profile")
				.variable("input", Map.of("mentoringCapacity", capacity))
				.execute()
				.errors()
				.verify();
		}
		JsonNode all = trail(Map.of("first", 100));
		int total = all.path("totalCount").asInt();
		assertThat(total).isEqualTo(all.path("edges").size()).isGreaterThanOrEqualTo(4);
		List<String> everything = all.path("edges").findValuesAsString("id");
		List<String> paged = new ArrayList<>();
		String after = null;
		do {
			Map<String, Object> variables = new HashMap<>();
			variables.put("first", 2);
			variables.put("after", after);
			JsonNode page = trail(variables);
			page.path("edges").forEach((e) -> paged.add(e.path("node").path("id").asString()));
			after = page.path("pageInfo").path("hasNextPage").asBoolean()
					? page.path("pageInfo").path("endCursor").asString() : null;
		}
		while (after != null);
		assertThat(paged).isEqualTo(everything);
		List<OffsetDateTime> times = all.path("edges")
			.findValuesAsString("at")
			.stream()
			.map(OffsetDateTime::parse)
			.toList();
		assertThat(times).isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(trail(Map.of("since", "2999-01-01T00:00:00Z")).path("totalCount").asInt()).isZero();
	}

}
