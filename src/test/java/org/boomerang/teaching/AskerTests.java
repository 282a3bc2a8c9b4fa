package org.boomerang.teaching;

import java.util.HashMap;
import java.util.Map;

import org.boomerang.security.Scopes;
import org.boomerang.skill.search.SearchTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who a search asks as: the signed-in person by default; someone else only for
 * coordinators, admins and clients with {@code boomerang:read}.
 */
class AskerTests extends SearchTestSupport {

	@BeforeEach
	void people() {
		importJson(SKILLS);
		importJson(TeachingFixture.PEOPLE);
	}

	private GraphQlTester.Response whoCanTeach(String token, String asker, boolean reverseOnly) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("topic", "EMR");
		variables.put("asker", asker);
		variables.put("filter", Map.of("reverseOnly", reverseOnly));
		GraphQlTester.Request<?> request = graphQlAs(token).documentName("who-can-teach");
		for (Map.Entry<String, Object> variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		return request.execute();
	}

	private GraphQlTester.Response reciprocalMatches(String token, String person) {
		return graphQlAs(token).documentName("reciprocal-matches").variable("person", person).execute();
	}

	private static String firstTeacher(GraphQlTester.Response answer) {
		JsonNode edges = json(answer, "whoCanTeach.edges");
		return edges.get(0).path("node").path("person").path("id").asString();
	}

	@Test
	void staff_ask_as_themselves_without_naming_an_asker() {
		// Reverse mentoring needs an asker: Ivy (senior) is it.
		GraphQlTester.Response answer = whoCanTeach(this.tokens.staff("ivy"), null, true);
		assertThat(firstTeacher(answer)).isEqualTo("jo");
		assertThat(field(json(answer, "whoCanTeach.edges"), "node.direction")).containsOnly("REVERSE");
		assertThat(firstTeacher(whoCanTeach(this.tokens.staff("ivy"), "ivy", true))).isEqualTo("jo");
	}

	@Test
	void staff_may_not_ask_as_someone_else() {
		GraphQlTester.Response answer = whoCanTeach(this.tokens.staff("jo"), "ivy", true);
		assertThat(errorCodes(answer)).containsExactly("FORBIDDEN");
		assertThat(firstError(answer).getMessage()).startsWith("You may not ask as 'ivy': you ask as yourself (jo)");
	}

	@Test
	void coordinators_admins_and_reading_clients_may_ask_as_anyone() {
		for (String token : new String[] { this.tokens.coordinator("cara"), this.tokens.admin(),
				this.tokens.client("portal", Scopes.READ) }) {
			assertThat(firstTeacher(whoCanTeach(token, "ivy", true))).isEqualTo("jo");
		}
	}

	@Test
	void a_client_without_the_read_scope_may_not_name_an_asker() {
		GraphQlTester.Response answer = whoCanTeach(this.tokens.client("recorder", Scopes.RECORD), "ivy", false);
		assertThat(errorCodes(answer)).containsExactly("FORBIDDEN");
		assertThat(firstError(answer).getMessage()).contains("your sign-in names no person of the network");
	}

	@Test
	void a_caller_who_is_no_person_asks_as_nobody_in_particular() {
		GraphQlTester.Response answer = whoCanTeach(this.tokens.admin(), null, false);
		assertThat(field(json(answer, "whoCanTeach.edges"), "node.direction")).containsOnlyNulls();
	}

	@Test
	void reciprocal_matches_are_the_signed_in_person_s_unless_someone_may_ask_for_another() {
		JsonNode mine = json(reciprocalMatches(this.tokens.staff("ivy"), null), "reciprocalMatches");
		assertThat(field(mine, "partner.id")).isNotEmpty().doesNotContain("ivy");
		assertThat(json(reciprocalMatches(this.tokens.staff("ivy"), "ivy"), "reciprocalMatches")).isEqualTo(mine);
		assertThat(json(reciprocalMatches(this.tokens.coordinator("cara"), "ivy"), "reciprocalMatches"))
			.isEqualTo(mine);
		assertThat(errorCodes(reciprocalMatches(this.tokens.staff("jo"), "ivy"))).containsExactly("FORBIDDEN");
		GraphQlTester.Response nobody = reciprocalMatches(this.tokens.client("portal", Scopes.READ), null);
		assertThat(errorCodes(nobody)).containsExactly("BAD_REQUEST");
	}

}
