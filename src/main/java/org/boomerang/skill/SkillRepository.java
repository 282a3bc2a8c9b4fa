package org.boomerang.skill;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.boomerang.graph.BatchReads;
import org.boomerang.graph.Queries;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

/**
 * Loads skills by id, many at a time: the one way other features turn skill ids into
 * {@link Skill} records.
 */
@Service
public class SkillRepository {

	private final Driver driver;

	private final BatchReads reads;

	private final String byIds;

	private final String broaderOf;

	private final String narrowerOf;

	SkillRepository(Driver driver, BatchReads reads, Queries queries) {
		this.driver = driver;
		this.reads = reads;
		this.byIds = queries.get("skill/skills-by-ids");
		this.broaderOf = queries.get("skill/broader-of-skills");
		this.narrowerOf = queries.get("skill/narrower-of-skills");
	}

	/**
	 * The skills with these ids, in the order asked; ids not found are left out.
	 * @param ids skill ids
	 * @return skills by id
	 */
	public Map<String, Skill> byIds(Collection<String> ids) {
		return this.reads.byIds(this.byIds, ids, "skill", SkillRepository::map, Skill::id);
	}

	/**
	 * One skill.
	 * @param id the skill's id
	 * @return the skill, if there is one with that id
	 */
	public Optional<Skill> byId(String id) {
		return Optional.ofNullable(byIds(List.of(id)).get(id));
	}

	/**
	 * The skills just above ({@code broader}) each of these skills, in one query.
	 * @param ids skill ids
	 * @return broader skills per id (every id asked is a key)
	 */
	Map<String, List<Skill>> broader(Collection<String> ids) {
		return related(this.broaderOf, ids);
	}

	/**
	 * The skills just below ({@code narrower}) each of these skills, in one query.
	 * @param ids skill ids
	 * @return narrower skills per id (every id asked is a key)
	 */
	Map<String, List<Skill>> narrower(Collection<String> ids) {
		return related(this.narrowerOf, ids);
	}

	private Map<String, List<Skill>> related(String query, Collection<String> ids) {
		Map<String, List<Skill>> related = new LinkedHashMap<>();
		ids.forEach((id) -> related.put(id, new ArrayList<>()));
		if (ids.isEmpty()) {
			return related;
		}
		this.driver.executableQuery(query)
			.withParameters(Map.of("ids", List.copyOf(ids)))
			.withConfig(Queries.READ)
			.execute()
			.records()
			.forEach((r) -> related.get(r.get("id").asString()).add(map(r.get("skill"))));
		return related;
	}

	/**
	 * Reads a skill projection ({@code {.id, .name, .aliases, .description, .escoUri,
	 * .createdAt, .updatedAt}}), so other features' repositories can return skills from
	 * their own queries.
	 * @param s the projected map
	 * @return the skill
	 */
	public static Skill map(Value s) {
		return new Skill(s.get("id").asString(), s.get("name").asString(),
				s.get("aliases").isNull() ? List.of() : s.get("aliases").asList(Value::asString),
				s.get("description").asString(null), s.get("escoUri").asString(null),
				s.get("createdAt").isNull() ? null : s.get("createdAt").asOffsetDateTime(),
				s.get("updatedAt").isNull() ? null : s.get("updatedAt").asOffsetDateTime());
	}

}
