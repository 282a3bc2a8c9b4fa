package org.boomerang.network;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.boomerang.GraphTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The person-level view of one place ({@code placePeople}) over the coordinator page's
 * network (CoordinatorPageTests.NETWORK): who taught or learned there in a window, the
 * ties between them, and people the reader may not see drawn under an opaque key.
 */
class PlacePeopleTests extends GraphTests {

	@BeforeEach
	void network() {
		importJson(CoordinatorPageTests.NETWORK);
	}

	private GraphQlTester.Response ask(String token, String place, String since) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("level", "COMMUNITY");
		variables.put("place", place);
		variables.put("since", since);
		GraphQlTester.Request<?> request = graphQlAs(token).documentName("place-people");
		for (Map.Entry<String, Object> variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		return request.execute();
	}

	private static List<String> people(JsonNode view) {
		return view.get("people")
			.valueStream()
			.map((p) -> p.get("key").asString() + ":" + p.get("inside").asBoolean() + ":" + p.get("transfers").asInt())
			.toList();
	}

	private static List<String> ties(JsonNode view) {
		return view.get("ties")
			.valueStream()
			.map((t) -> t.get("a").asString() + "-" + t.get("b").asString() + ":" + t.get("transfers").asInt())
			.toList();
	}

	@Test
	void a_coordinator_sees_the_people_of_a_place_and_their_ties_with_hidden_people_unnamed() {
		JsonNode view = json(ask(this.tokens.coordinator("cara"), "cop:rehab", null), "placePeople");
		// Dan taught Ana (Digital health) in 2025 and learned from Eve, who is PRIVATE.
		assertThat(people(view)).containsExactly("dan:true:2", "ana:false:1", "hidden-1:true:1");
		assertThat(view.at("/people/0/person/name").asString()).isEqualTo("=Dan Smith");
		assertThat(view.at("/people/2/person").isNull()).isTrue();
		assertThat(view.toString()).doesNotContain("eve").doesNotContain("Eve");
		assertThat(ties(view)).containsExactly("ana-dan:1", "dan-hidden-1:1");
	}

	@Test
	void the_window_narrows_the_transfers_and_an_admin_sees_everyone() {
		JsonNode view = json(ask(this.tokens.admin(), "cop:rehab", "2026-01-01"), "placePeople");
		assertThat(people(view)).containsExactly("dan:true:1", "eve:true:1");
		assertThat(ties(view)).containsExactly("dan-eve:1");

		JsonNode digital = json(ask(this.tokens.admin(), "cop:digital", null), "placePeople");
		// Jo and Ivy twice (both ways), Ana with Cara and with Dan.
		assertThat(people(digital)).containsExactly("ana:true:2", "ivy:false:2", "jo:true:2", "cara:false:1",
				"dan:false:1");
		assertThat(ties(digital)).containsExactly("ivy-jo:2", "ana-cara:1", "ana-dan:1");
	}

	@Test
	void staff_are_refused_and_an_unknown_place_or_a_backwards_window_is_named() {
		ResponseError refused = firstError(ask(this.tokens.staff("ivy"), "cop:rehab", null));
		assertThat(code(refused)).isEqualTo("FORBIDDEN");
		assertThat(refused.getMessage()).contains("placePeople is for coordinators");

		ResponseError unknown = firstError(ask(this.tokens.admin(), "cop:nowhere", null));
		assertThat(code(unknown)).isEqualTo("NOT_FOUND");
		assertThat(unknown.getMessage()).contains("place: there is no community 'cop:nowhere'");

		Map<String, Object> backwards = new HashMap<>();
		backwards.put("level", "COMMUNITY");
		backwards.put("place", "cop:rehab");
		backwards.put("since", "2026-05-01");
		backwards.put("until", "2026-04-01");
		ResponseError wrong = firstError(graphQl("place-people", backwards));
		assertThat(code(wrong)).isEqualTo("BAD_REQUEST");
		assertThat(wrong.getMessage()).contains("until (2026-04-01) is before since (2026-05-01)");
	}

}
