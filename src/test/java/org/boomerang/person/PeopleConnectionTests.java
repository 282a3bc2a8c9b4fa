package org.boomerang.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.boomerang.GraphTests;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class PeopleConnectionTests extends GraphTests {

	/** People named "Person NN" with ids in reverse, plus two who share a name. */
	private void importPeople(int count) {
		StringJoiner people = new StringJoiner(",");
		for (int i = 0; i < count; i++) {
			people.add(
					"{\"id\":\"p:%03d\",\"name\":\"Person %02d\",\"careerStage\":\"TRAINEE\"}".formatted(count - i, i));
		}
		people.add("{\"id\":\"p:twin-b\",\"name\":\"Alex Same\",\"careerStage\":\"SENIOR\"}");
		people.add("{\"id\":\"p:twin-a\",\"name\":\"Alex Same\",\"careerStage\":\"STUDENT\"}");
		importJson("{\"format\":\"boomerang-import/1\",\"people\":[" + people + "]}");
	}

	@Test
	void search_matches_a_substring_of_the_name_in_any_case() {
		importExample();
		assertThat(names(graphQl("people", "search", "MALC"))).containsExactly("Prof. Malcolm Reid");
		assertThat(names(graphQl("people", "search", "  chen "))).containsExactly("Dr Lin Chen");
		assertThat(names(graphQl("people", "search", "o"))).containsExactly("Ana Okafor", "Prof. Malcolm Reid",
				"Sofia Martins");
		graphQl("people", "search", "in").path("people.totalCount").entity(Integer.class).isEqualTo(2);
		assertThat(names(graphQl("people", "search", "zzz"))).isEmpty();
	}

	@Test
	void a_blank_search_lists_everyone_in_name_order_with_twenty_by_default() {
		importPeople(30);
		GraphQlTester.Response answer = graphQl("people", "search", " ");
		JsonNode people = json(answer, "people");
		assertThat(people.path("edges")).hasSize(20);
		assertThat(people.path("totalCount").asInt()).isEqualTo(32);
		assertThat(people.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
		assertThat(names(answer).subList(0, 3)).containsExactly("Alex Same", "Alex Same", "Person 00");
	}

	@Test
	void pages_follow_each_other_by_cursor_without_gaps_or_repeats_and_equal_names_order_by_id() {
		importPeople(25);
		List<String> ids = new ArrayList<>();
		String after = null;
		int pages = 0;
		boolean more = true;
		while (more) {
			JsonNode people = json(graphQl("people", "first", 10, "after", after), "people");
			people.path("edges").forEach((edge) -> ids.add(edge.path("node").path("id").asString()));
			assertThat(people.path("edges").path(people.path("edges").size() - 1).path("cursor").asString())
				.isEqualTo(people.path("pageInfo").path("endCursor").asString());
			more = people.path("pageInfo").path("hasNextPage").asBoolean();
			after = people.path("pageInfo").path("endCursor").asString();
			pages++;
		}
		assertThat(pages).isEqualTo(3);
		assertThat(ids).hasSize(27).doesNotHaveDuplicates();
		assertThat(ids.subList(0, 3)).containsExactly("p:twin-a", "p:twin-b", "p:025");
		assertThat(ids.get(26)).isEqualTo("p:001");
	}

	@Test
	void cursors_are_opaque_and_continue_a_search() {
		importPeople(12);
		JsonNode first = json(graphQl("people", "search", "person 1", "first", 1), "people");
		String cursor = first.path("pageInfo").path("endCursor").asString();
		assertThat(cursor).doesNotContain("Person").doesNotContain("p:");
		assertThat(names(graphQl("people", "search", "person 1", "first", 5, "after", cursor)))
			.containsExactly("Person 11");
	}

	@Test
	void first_is_capped_at_a_hundred_and_may_not_be_negative() {
		importPeople(3);
		graphQl("people", "first", 100).errors().verify();
		ResponseError tooMany = firstError(graphQl("people", "first", 101));
		assertThat(code(tooMany)).isEqualTo("BAD_REQUEST");
		assertThat(tooMany.getMessage()).contains("between 0 and 100").contains("101").contains("after");
		assertThat(code(firstError(graphQl("people", "first", -1)))).isEqualTo("BAD_REQUEST");
		JsonNode none = json(graphQl("people", "first", 0), "people");
		assertThat(none.path("edges")).isEmpty();
		assertThat(none.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
	}

	@Test
	void a_cursor_that_this_api_did_not_give_is_a_bad_request() {
		importPeople(3);
		for (String bad : List.of("not a cursor!", "bm9wZQ", "")) {
			ResponseError error = firstError(graphQl("people", "after", bad));
			assertThat(code(error)).as(bad).isEqualTo("BAD_REQUEST");
			assertThat(error.getMessage()).contains("not a cursor of people").contains("endCursor");
		}
	}

	@Test
	void an_overlong_search_is_a_bad_request() {
		ResponseError error = firstError(graphQl("people", "search", "x".repeat(201)));
		assertThat(code(error)).isEqualTo("BAD_REQUEST");
		assertThat(error.getMessage()).contains("at most 200");
	}

	@Test
	void search_goes_through_the_text_index_and_paging_through_the_name_index() {
		String search = read("EXPLAIN " + this.queries.get("person/people-search-page"),
				Map.of("search", "x", "afterName", "", "afterId", "", "limit", 3))
			.summary()
			.plan()
			.toString();
		assertThat(search).contains("NodeIndexContainsScan");
		String page = read("EXPLAIN " + this.queries.get("person/people-page"),
				Map.of("afterName", "", "afterId", "", "limit", 3))
			.summary()
			.plan()
			.toString();
		assertThat(page).contains("NodeIndexSeekByRange");
	}

	private static List<String> names(GraphQlTester.Response answer) {
		List<String> names = new ArrayList<>();
		json(answer, "people.edges").forEach((e) -> names.add(e.path("node").path("name").asString()));
		return names;
	}

}
