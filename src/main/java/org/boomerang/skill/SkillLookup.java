package org.boomerang.skill;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.boomerang.graph.Queries;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

/**
 * Loads skills by id, many at a time: the one way other features turn skill ids into
 * {@link Skill} records.
 */
@Service
public class SkillLookup {

	private static final QueryConfig READ = QueryConfig.builder().withRouting(RoutingControl.READ).build();

	private final Driver driver;

	private final String byIds;

	SkillLookup(Driver driver, Queries queries) {
		this.driver = driver;
		this.byIds = queries.get("skill/skills-by-ids");
	}

	/**
	 * The skills with these ids, in the order asked; ids not found are left out.
	 * @param ids skill ids
	 * @return skills by id
	 */
	public Map<String, Skill> byIds(Collection<String> ids) {
		Map<String, Skill> found = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		this.driver.executableQuery(this.byIds)
			.withParameters(Map.of("ids", List.copyOf(ids)))
			.withConfig(READ)
			.execute()
			.records()
			.forEach((r) -> {
				Skill skill = map(r.get("skill"));
				found.put(skill.id(), skill);
			});
		return found;
	}

	/**
	 * One skill.
	 * @param id the skill's id
	 * @return the skill, if there is one with that id
	 */
	public Optional<Skill> byId(String id) {
		return Optional.ofNullable(byIds(List.of(id)).get(id));
	}

	static Skill map(Value s) {
		return new Skill(s.get("id").asString(), s.get("name").asString(),
				s.get("aliases").isNull() ? List.of() : s.get("aliases").asList(Value::asString),
				s.get("description").asString(null), s.get("escoUri").asString(null),
				s.get("createdAt").isNull() ? null : s.get("createdAt").asOffsetDateTime(),
				s.get("updatedAt").isNull() ? null : s.get("updatedAt").asOffsetDateTime());
	}

}
