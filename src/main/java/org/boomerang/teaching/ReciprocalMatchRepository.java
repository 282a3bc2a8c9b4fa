package org.boomerang.teaching;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.boomerang.graph.Queries;
import org.boomerang.security.Reader;
import org.boomerang.model.CareerStage;
import org.boomerang.model.SkillLevel;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Repository;

/**
 * Finds the boomerang pairs of a person with one query
 * ({@code teaching/reciprocal-matches}).
 */
@Repository
class ReciprocalMatchRepository {

	private final Driver driver;

	private final String query;

	ReciprocalMatchRepository(Driver driver, Queries queries) {
		this.driver = driver;
		this.query = queries.get("teaching/reciprocal-matches");
	}

	/**
	 * The best pairs of a person, best first.
	 * @param person the person's id
	 * @param limit how many pairs at most
	 * @param reader who asks (partners they may not see are left out)
	 * @return the person's career stage and pairs; empty when there is no such person
	 */
	Optional<Pairs> pairs(String person, int limit, Reader reader) {
		Record row = this.driver.executableQuery(this.query)
			.withParameters(Map.of("person", person, "limit", limit, "ranks", CareerStage.ranks(), "highestLevel",
					SkillLevel.HIGHEST, "reader", reader.asParameter()))
			.withConfig(Queries.READ)
			.execute()
			.records()
			.get(0);
		if (!row.get("found").asBoolean()) {
			return Optional.empty();
		}
		return Optional.of(new Pairs(CareerStage.valueOf(row.get("stage").asString()),
				row.get("pairs").asList(ReciprocalMatchRepository::pair)));
	}

	private static Pair pair(Value pair) {
		return new Pair(pair.get("id").asString(), pair.get("name").asString(),
				CareerStage.valueOf(pair.get("careerStage").asString()), pair.get("score").asDouble(),
				flows(pair.get("teaches")), flows(pair.get("learns")));
	}

	private static List<Flow> flows(Value list) {
		return list.asList((f) -> new Flow(f.get("id").asString(), f.get("name").asString(), f.get("level").asInt(),
				f.get("priority").asInt()));
	}

	/**
	 * A person's pairs.
	 *
	 * @param stage the person's career stage
	 * @param pairs the pairs, best first
	 */
	record Pairs(CareerStage stage, List<Pair> pairs) {
	}

	/**
	 * One partner.
	 *
	 * @param id the partner's id
	 * @param name the partner's name
	 * @param careerStage the partner's career stage
	 * @param score higher is better
	 * @param teaches what the partner can teach the person
	 * @param learns what the person can teach the partner
	 */
	record Pair(String id, String name, CareerStage careerStage, double score, List<Flow> teaches, List<Flow> learns) {
	}

	/**
	 * A skill one side can teach and the other wants to learn.
	 *
	 * @param id the skill's id
	 * @param name the skill's name
	 * @param level the teacher's level
	 * @param priority the learner's priority (1 first)
	 */
	record Flow(String id, String name, int level, int priority) {
	}

}
