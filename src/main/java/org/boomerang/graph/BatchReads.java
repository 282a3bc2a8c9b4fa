package org.boomerang.graph;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * Runs the "load these ids" queries that batch loading is built on: one read, routed to a
 * reader, with the ids as {@code $ids}, each returned row mapped to a record.
 */
@Component
public class BatchReads {

	private final Driver driver;

	BatchReads(Driver driver) {
		this.driver = driver;
	}

	/**
	 * Loads entities by id in one query.
	 * @param cypher a query taking {@code $ids} and returning one column per entity
	 * @param ids the ids to load
	 * @param column the column holding each entity
	 * @param map turns a column value into a record
	 * @param id the id of a record
	 * @param <T> the record type
	 * @return records by id, in the order the query returned them; ids not found are left
	 * out
	 */
	public <T> Map<String, T> byIds(String cypher, Collection<String> ids, String column, Function<Value, T> map,
			Function<T, String> id) {
		Map<String, T> found = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		this.driver.executableQuery(cypher)
			.withParameters(Map.of("ids", List.copyOf(ids)))
			.withConfig(Queries.READ)
			.execute()
			.records()
			.forEach((r) -> {
				T value = map.apply(r.get(column));
				found.put(id.apply(value), value);
			});
		return found;
	}

}
