package org.boomerang.demo;

import org.boomerang.graph.Queries;
import org.neo4j.driver.Driver;

import org.springframework.stereotype.Repository;

/**
 * What the demo loader asks the graph.
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
		return this.driver.executableQuery(this.queries.get("demo/has-people"))
			.withConfig(Queries.READ)
			.execute()
			.records()
			.get(0)
			.get("hasPeople")
			.asBoolean();
	}

}
