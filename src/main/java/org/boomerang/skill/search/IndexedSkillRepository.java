package org.boomerang.skill.search;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.boomerang.graph.Queries;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Repository;

/**
 * Reads skills from the graph for the search index.
 */
@Repository
class IndexedSkillRepository {

	private final Driver driver;

	private final Queries queries;

	IndexedSkillRepository(Driver driver, Queries queries) {
		this.driver = driver;
		this.queries = queries;
	}

	List<IndexedSkill> all() {
		return read("search/all-skills", Map.of()).stream().map(IndexedSkillRepository::map).toList();
	}

	List<IndexedSkill> byIds(Collection<String> ids) {
		return read("search/skills-by-ids", Map.of("ids", List.copyOf(ids))).stream()
			.map(IndexedSkillRepository::map)
			.toList();
	}

	/**
	 * The skills written at or after a moment, and how many skills there are.
	 */
	Changes changedSince(Instant since) {
		Record record = read("search/changed-skills", Map.of("since", since.atZone(ZoneOffset.UTC))).get(0);
		Map<String, String> changed = new HashMap<>();
		record.get("changed")
			.asList((v) -> v)
			.forEach((v) -> changed.put(v.get("id").asString(), v.get("version").asString(null)));
		return new Changes(record.get("total").asLong(), changed);
	}

	private List<Record> read(String query, Map<String, Object> parameters) {
		return this.driver.executableQuery(this.queries.get(query))
			.withParameters(parameters)
			.withConfig(Queries.READ)
			.execute()
			.records();
	}

	private static IndexedSkill map(Record r) {
		return new IndexedSkill(r.get("id").asString(), r.get("name").asString(""),
				new ArrayList<>(r.get("aliases").asList(Value::asString)), r.get("description").asString(null),
				r.get("broader").asList(Value::asString), r.get("version").asString(null));
	}

	/**
	 * What a poll found.
	 *
	 * @param total how many skills the graph holds
	 * @param versions the version of each skill written since the moment asked
	 */
	record Changes(long total, Map<String, String> versions) {
	}

}
