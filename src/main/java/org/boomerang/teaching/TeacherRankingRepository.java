package org.boomerang.teaching;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.boomerang.graph.Queries;
import org.boomerang.model.CareerStage;
import org.boomerang.model.MentoringCapacity;
import org.boomerang.person.Person;
import org.boomerang.skill.search.SkillMatch;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Repository;

/**
 * Ranks teachers in the graph with one parameterised query
 * ({@code teaching/rank-teachers}) per request.
 */
@Repository
class TeacherRankingRepository {

	private final Driver driver;

	private final String query;

	TeacherRankingRepository(Driver driver, Queries queries) {
		this.driver = driver;
		this.query = queries.get("teaching/rank-teachers");
	}

	Page rank(List<SkillMatch> skills, String asker, TeacherFilter filter, int skip, int limit) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("skills",
				skills.stream().map((m) -> Map.<String, Object>of("id", m.skillId(), "weight", m.weight())).toList());
		parameters.put("asker", asker);
		parameters.put("institution", filter.institution());
		parameters.put("profession", filter.profession());
		parameters.put("otherProfessionsOnly", filter.otherProfessions());
		parameters.put("reverseOnly", filter.reverse());
		parameters.put("includeFull", filter.full());
		parameters.put("minLevel", filter.level());
		parameters.put("ranks", CareerStage.ranks());
		parameters.put("defaultCapacity", MentoringCapacity.DEFAULT);
		parameters.put("skip", skip);
		parameters.put("limit", limit);
		Record row = this.driver.executableQuery(this.query)
			.withParameters(parameters)
			.withConfig(Queries.READ)
			.execute()
			.records()
			.get(0);
		String askerStage = row.get("askerStage").asString(null);
		return new Page(row.get("askerFound").asBoolean(),
				(askerStage != null) ? CareerStage.valueOf(askerStage) : null, row.get("total").asInt(),
				row.get("page").asList(TeacherRankingRepository::teacher));
	}

	private static Ranked teacher(Value v) {
		List<Held> held = v.get("matched")
			.asList((m) -> new Held(m.get("id").asString(), m.get("name").asString(), m.get("level").asInt(),
					m.get("weight").asDouble(), m.get("fit").asDouble()));
		return new Ranked(v.get("id").asString(), v.get("name").asString(), null,
				CareerStage.valueOf(v.get("careerStage").asString()), v.get("score").asDouble(),
				v.get("direction").asString(null), v.get("active").asInt(), v.get("capacity").asInt(), held,
				v.get("taught").asInt(), v.get("confirmed").asInt(),
				v.get("rating").isNull() ? null : v.get("rating").asDouble(),
				v.get("lastTaught").isNull() ? null : v.get("lastTaught").asLocalDate(),
				v.get("sharedInstitutions").asList(Value::asString), v.get("professions").asList(Value::asString),
				v.get("institutions").asList(Value::asString), v.get("otherProfession").asBoolean());
	}

	/**
	 * One page of the ranking.
	 */
	record Page(boolean askerFound, CareerStage askerStage, int total, List<Ranked> teachers) {
	}

	/**
	 * A ranked teacher as the query returns them; {@code person} is known when the
	 * in-memory index ranked (the query leaves it null and GraphQL reads it in a batch).
	 */
	record Ranked(String id, String name, Person person, CareerStage careerStage, double score, String direction,
			int active, int capacity, List<Held> matched, int taught, int confirmed, Double rating,
			LocalDate lastTaught, List<String> sharedInstitutions, List<String> professions, List<String> institutions,
			boolean otherProfession) {
	}

	/**
	 * A matched skill the teacher holds.
	 */
	record Held(String id, String name, int level, double weight, double fit) {
	}

}
