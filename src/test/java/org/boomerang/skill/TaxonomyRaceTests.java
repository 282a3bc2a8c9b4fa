package org.boomerang.skill;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.boomerang.GraphTests;
import org.boomerang.Race;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concurrent skill edits never close a cycle in the taxonomy: of edits that would close
 * one together, at least one is refused, whatever the timing.
 */
class TaxonomyRaceTests extends GraphTests {

	private static final int ROUNDS = 30;

	@Test
	void two_skills_made_broader_than_each_other_at_once_never_form_a_cycle() throws Exception {
		int refused = race(2);
		System.out.printf("TaxonomyRaceTests: %d rounds of a -> b racing b -> a, %d edits refused%n", ROUNDS, refused);
	}

	@Test
	void three_edits_that_close_a_triangle_together_never_form_a_cycle() throws Exception {
		int refused = race(3);
		System.out.printf("TaxonomyRaceTests: %d rounds of a -> b, b -> c, c -> a at once, %d edits refused%n", ROUNDS,
				refused);
	}

	/**
	 * Each round makes {@code size} new skills, then links each to the next (the last to
	 * the first) in concurrent {@code upsertSkill} calls.
	 * @return how many edits were refused over all rounds
	 */
	private int race(int size) throws Exception {
		int refused = 0;
		for (int round = 0; round < ROUNDS; round++) {
			List<String> ids = new ArrayList<>();
			StringBuilder skills = new StringBuilder();
			for (int i = 0; i < size; i++) {
				String id = "race-" + size + "-" + round + "-" + i;
				ids.add(id);
				skills.append((i > 0) ? "," : "")
					.append("{\"id\":\"")
					.append(id)
					.append("\",\"name\":\"")
					.append(id)
					.append("\"}");
			}
			importJson("{\"format\":\"boomerang-import/1\",\"skills\":[" + skills + "]}");
			List<Callable<GraphQlTester.Response>> edits = new ArrayList<>();
			for (int i = 0; i < size; i++) {
				String id = ids.get(i);
				String broader = ids.get((i + 1) % size);
				edits.add(() -> graphQl("upsert-skill", "input",
						Map.of("id", id, "name", id, "broader", List.of(broader))));
			}
			List<GraphQlTester.Response> answers = Race.run(edits);
			int failed = 0;
			for (GraphQlTester.Response answer : answers) {
				List<ResponseError> errors = new ArrayList<>();
				answer.errors().satisfy(errors::addAll);
				if (!errors.isEmpty()) {
					failed++;
					assertThat(code(errors.get(0))).isEqualTo("BAD_REQUEST");
					assertThat(errors.get(0).getMessage()).contains("cycle");
				}
			}
			assertThat(failed).as("round %d: refused edits", round).isPositive();
			assertThat(cycles()).as("round %d: skills on a cycle", round).isZero();
			assertThat(links(ids)).as("round %d: links written", round).isEqualTo(size - failed);
			refused += failed;
		}
		return refused;
	}

	private long cycles() {
		return read("MATCH (s:Skill) WHERE EXISTS { (s)-[:BROADER*1..]->(s) } RETURN count(s) AS c", Map.of()).records()
			.get(0)
			.get("c")
			.asLong();
	}

	private long links(List<String> ids) {
		return read("MATCH (a:Skill)-[r:BROADER]->(:Skill) WHERE a.id IN $ids RETURN count(r) AS c", Map.of("ids", ids))
			.records()
			.get(0)
			.get("c")
			.asLong();
	}

}
