package org.boomerang.demo;

import java.time.LocalDate;
import java.util.Map;

import org.boomerang.graph.Queries;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Repository;

/**
 * What the demo loader asks the graph, and its marker: a {@code DemoLoad} node written
 * before the load's first write and marked loaded by its last, so that a start after an
 * interrupted load knows to complete it.
 */
@Repository
class DemoRepository {

	private final Driver driver;

	private final Queries queries;

	DemoRepository(Driver driver, Queries queries) {
		this.driver = driver;
		this.queries = queries;
	}

	boolean hasPeople() {
		return loadState().hasPeople();
	}

	LoadState loadState() {
		Record row = this.driver.executableQuery(this.queries.get("demo/load-state"))
			.withConfig(Queries.READ)
			.execute()
			.records()
			.get(0);
		Marker marker = row.get("state").isNull() ? null : new Marker("loaded".equals(row.get("state").asString()),
				row.get("people").asInt(), row.get("seed").asLong(), row.get("asOf").asLocalDate());
		return new LoadState(row.get("hasPeople").asBoolean(), marker);
	}

	void markLoading(int people, long seed, LocalDate asOf) {
		this.driver.executableQuery(this.queries.get("demo/mark-loading"))
			.withParameters(Map.of("people", people, "seed", seed, "asOf", asOf))
			.execute();
	}

	void markLoaded() {
		this.driver.executableQuery(this.queries.get("demo/mark-loaded")).execute();
	}

	/**
	 * What a start finds.
	 *
	 * @param hasPeople whether the graph has people
	 * @param marker the demo load's marker, or null when no start began one
	 */
	record LoadState(boolean hasPeople, Marker marker) {
	}

	/**
	 * A demo load that a start began.
	 *
	 * @param loaded whether it finished
	 * @param people how many people it generates
	 * @param seed its generator's seed
	 * @param asOf its "as of" date
	 */
	record Marker(boolean loaded, int people, long seed, LocalDate asOf) {
	}

}
