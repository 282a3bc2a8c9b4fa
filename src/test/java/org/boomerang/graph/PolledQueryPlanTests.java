package org.boomerang.graph;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;

import org.boomerang.GraphTests;
import org.boomerang.bench.GeneratedFlows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * The queries that run over and over to notice new writes (the flow index's catch-up, the
 * coordinator's change check, the teacher and skill index polls) must read only what is
 * new, through the range index on its timestamp, however the timestamps are spread. An
 * import stamps a whole batch with one moment, so the index's statistics say a range
 * holds every node; the planner then preferred to scan the 400 skills and expand to every
 * transfer (about a second on each catch-up at 200,000 transfers, about five at
 * 1,000,000). The graph here is written that way, with the index statistics sampled
 * afresh.
 */
class PolledQueryPlanTests extends GraphTests {

	@Autowired
	private Queries queries;

	@Test
	void every_polled_query_seeks_what_is_new_in_its_range_index() {
		GeneratedFlows graph = new GeneratedFlows(
				new GeneratedFlows.Shape(100, 4, 3, 2, 50, 3, LocalDate.now().minusYears(1), 365), this::write, 7);
		graph.people();
		graph.mentorships(20);
		graph.transfers(0, 1000, 1.0 / 3);
		write("MATCH (n) WHERE n:Person OR n:Skill OR n:Mentorship SET n.updatedAt = $now",
				Map.of("now", ZonedDateTime.now(ZoneOffset.UTC).minusDays(1)));
		write("CALL db.resampleOutdatedIndexes()", Map.of());
		write("CALL db.clearQueryCaches()", Map.of());
		assertSoftly((soft) -> {
			for (String[] polled : new String[][] { { "mentoring/flow-transfers-after", "after", "1" },
					{ "network/transfer-days-after", "after", "1" }, { "teaching/changed-teachers", "since", "3" },
					{ "search/changed-skills", "since", "1" } }) {
				String plan = plan(polled[0], polled[1]);
				soft.assertThat(plan.split("NodeIndexSeekByRange", -1))
					.as(polled[0] + ": " + plan)
					.hasSize(Integer.parseInt(polled[2]) + 1);
			}
		});
	}

	@AfterEach
	void drop() {
		GeneratedFlows.drop(this.driver);
	}

	private String plan(String query, String parameter) {
		return read("EXPLAIN " + this.queries.get(query), Map.of(parameter, ZonedDateTime.now(ZoneOffset.UTC)))
			.summary()
			.plan()
			.toString();
	}

}
