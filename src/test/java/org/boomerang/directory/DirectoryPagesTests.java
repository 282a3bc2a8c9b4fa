package org.boomerang.directory;

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
 * The integrators' lists of institutions, professions and communities: every one, in id
 * order, page by page.
 */
class DirectoryPagesTests extends GraphTests {

	@BeforeEach
	void example() {
		importExample();
	}

	@Test
	void institutions_come_in_id_order_page_by_page_and_the_last_page_says_so() {
		GraphQlTester.Response first = graphQl("read-back-directory", "first", 2);
		JsonNode page = json(first, "institutions");
		assertThat(ids(page)).containsExactly("inst:example-bridge-institute", "inst:example-coastal-university");
		assertThat(page.at("/pageInfo/hasNextPage").asBoolean()).isTrue();

		JsonNode next = json(
				graphQl("read-back-directory", "first", 2, "after", page.at("/pageInfo/endCursor").asString()),
				"institutions");
		assertThat(ids(next)).containsExactly("inst:example-harbour-hospital");
		assertThat(next.at("/pageInfo/hasNextPage").asBoolean()).isFalse();

		assertThat(ids(json(first, "professions"))).containsExactly("prof:example-education", "prof:example-medicine");
		assertThat(json(first, "professions.pageInfo.hasNextPage").asBoolean()).isTrue();
		assertThat(ids(json(first, "communities"))).containsExactly("cop:example-clinical-teaching",
				"cop:example-digital-health");
		assertThat(json(first, "communities.pageInfo.hasNextPage").asBoolean()).isFalse();
	}

	@Test
	void a_cursor_of_another_list_and_a_page_over_100_are_refused_naming_the_problem() {
		String professionCursor = json(
				this.graphQl.document("{ professions(first: 1) { edges { cursor } } }").execute(),
				"professions.edges[0].cursor")
			.asString();
		ResponseError wrongList = firstError(
				graphQl("read-back-directory", Map.of("first", 1, "after", professionCursor)));
		assertThat(code(wrongList)).isEqualTo("BAD_REQUEST");
		assertThat(wrongList.getMessage()).contains("is not a cursor of institutions");

		ResponseError tooMany = firstError(graphQl("read-back-directory", "first", 101));
		assertThat(code(tooMany)).isEqualTo("BAD_REQUEST");
		assertThat(tooMany.getMessage()).contains("first must be between 0 and 100, not 101");
	}

	private static List<String> ids(JsonNode connection) {
		return connection.get("edges").valueStream().map((edge) -> edge.at("/node/id").asString()).toList();
	}

}
