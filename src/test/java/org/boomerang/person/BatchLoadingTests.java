package org.boomerang.person;

import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import org.boomerang.GraphTests;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relations resolve with one query per field for the whole request, never one per person:
 * the number of queries the database runs is the same for 5 people as for 30.
 */
class BatchLoadingTests extends GraphTests {

	@Test
	void the_number_of_queries_does_not_grow_with_the_number_of_people() {
		importExample();
		importJson(people(60));
		int forFive = queriesFor(() -> graphQl("people-with-skills", "first", 5).errors().verify());
		int forThirty = queriesFor(() -> graphQl("people-with-skills", "first", 30).errors().verify());
		// people, professions, skills, the skills' broader skills, affiliations
		assertThat(forFive).isEqualTo(5);
		assertThat(forThirty).isEqualTo(forFive);
	}

	/**
	 * Counts the queries of the person, skill and directory catalogue that the database
	 * ran during a request, with Neo4j's own query collector ({@code db.stats}).
	 */
	private int queriesFor(Runnable request) {
		Set<String> catalogue = this.queries.all()
			.entrySet()
			.stream()
			.filter((q) -> q.getKey().matches("(person|skill|directory)/.*"))
			.map(Map.Entry::getValue)
			.collect(Collectors.toSet());
		// The collector only clears while stopped.
		write("CALL db.stats.stop('QUERIES')", Map.of());
		write("CALL db.stats.clear('QUERIES')", Map.of());
		write("CALL db.stats.collect('QUERIES')", Map.of());
		request.run();
		write("CALL db.stats.stop('QUERIES')", Map.of());
		return read("CALL db.stats.retrieve('QUERIES') YIELD data RETURN data", Map.of()).records()
			.stream()
			.map((r) -> r.get("data"))
			.filter((data) -> catalogue.contains(data.get("query").asString("").strip()))
			.mapToInt((data) -> data.get("invocations").size())
			.sum();
	}

	/** People who each practise a profession, work at a hospital and have two skills. */
	private static String people(int count) {
		StringJoiner people = new StringJoiner(",");
		for (int i = 0; i < count; i++) {
			people.add(("{\"id\":\"p:%d\",\"name\":\"Batch %02d\",\"careerStage\":\"TRAINEE\","
					+ "\"professions\":[\"prof:example-medicine\"],"
					+ "\"affiliations\":[{\"institution\":\"inst:example-harbour-hospital\"}],"
					+ "\"skills\":[{\"skill\":\"skill:example-ehr\",\"level\":3},{\"skill\":\"skill:example-telehealth\",\"level\":%d}]}")
				.formatted(i, i, 1 + i % 5));
		}
		return "{\"format\":\"boomerang-import/1\",\"people\":[" + people + "]}";
	}

}
