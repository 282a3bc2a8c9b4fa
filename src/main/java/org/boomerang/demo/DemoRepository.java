package org.boomerang.demo;

import org.boomerang.graph.Queries;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;

import org.springframework.stereotype.Repository;

/**
 * What the demo loader asks the graph.
 */
@Repository
class DemoRepository {

	private static final QueryConfig READ = QueryConfig.builder().withRouting(RoutingControl.READ).build();

	private final Driver driver;

	private final Queries queries;

	DemoRepository(Driver driver, Queries queries) {
		this.driver = driver;
		this.queries = queries;
	}

	boolean hasPeople() {
		return this.driver.executableQuery(this.queries.get("demo/has-people"))
			.withConfig(READ)
			.execute()
			.records()
			.get(0)
			.get("hasPeople")
			.asBoolean();
	}

}
