package org.boomerang.teaching;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.boomerang.graph.Queries;
import org.boomerang.model.CareerStage;
import org.boomerang.model.MentoringDirection;
import org.boomerang.skill.search.SkillMatch;
import org.boomerang.teaching.index.Ranking;
import org.boomerang.teaching.index.ScoreWeights;
import org.boomerang.teaching.index.TeacherFilter;
import org.boomerang.security.Reader;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Repository;

/**
 * Ranks teachers in the graph with one parameterised query
 * ({@code teaching/rank-teachers}) per request, with the weights of
 * {@link ScoreWeights#STANDARD} as {@code $w}.
 */
@Repository
class TeacherRankingRepository {

	private static final Map<String, Object> WEIGHTS = ScoreWeights.STANDARD.asParameter();

	private final Driver driver;

	private final String query;

	TeacherRankingRepository(Driver driver, Queries queries) {
		this.driver = driver;
		this.query = queries.get("teaching/rank-teachers");
	}

	/**
	 * Ranks for a reader who may see everyone the asker may be offered (the index's rule,
	 * which the differential tests compare against).
	 */
	Ranking rank(List<SkillMatch> skills, String asker, TeacherFilter filter, int skip, int limit) {
		return rank(skills, asker, filter, skip, limit, Reader.everything());
	}

	/**
	 * Ranks as the asker would be offered teachers, leaving out those the reader may not
	 * see (a coordinator asking for someone else).
	 */
	Ranking rank(List<SkillMatch> skills, String asker, TeacherFilter filter, int skip, int limit, Reader reader) {
		return rank(skills, asker, filter, skip, limit, reader, null);
	}

	/**
	 * Ranks as above among the people of a pool only (a programme's mentors), PRIVATE and
	 * INSTITUTION ones included; a null pool is everyone.
	 */
	Ranking rank(List<SkillMatch> skills, String asker, TeacherFilter filter, int skip, int limit, Reader reader,
			Collection<String> pool) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("pool", (pool != null) ? List.copyOf(pool) : null);
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
		parameters.put("w", WEIGHTS);
		parameters.put("skip", skip);
		parameters.put("limit", limit);
		parameters.put("reader", reader.asParameter());
		Record row = this.driver.executableQuery(this.query)
			.withParameters(parameters)
			.withConfig(Queries.READ)
			.execute()
			.records()
			.get(0);
		String askerStage = row.get("askerStage").asString(null);
		return new Ranking(row.get("askerFound").asBoolean(),
				(askerStage != null) ? CareerStage.valueOf(askerStage) : null, row.get("total").asInt(),
				row.get("page").asList(TeacherRankingRepository::teacher));
	}

	private static Ranking.Ranked teacher(Value v) {
		List<Ranking.Held> held = v.get("matched")
			.asList((m) -> new Ranking.Held(m.get("id").asString(), m.get("name").asString(), m.get("level").asInt(),
					m.get("weight").asDouble(), m.get("fit").asDouble()));
		String direction = v.get("direction").asString(null);
		return new Ranking.Ranked(v.get("id").asString(), v.get("name").asString(), null,
				CareerStage.valueOf(v.get("careerStage").asString()), v.get("score").asDouble(),
				(direction != null) ? MentoringDirection.valueOf(direction) : null, v.get("active").asInt(),
				v.get("capacity").asInt(), held, v.get("taught").asInt(), v.get("confirmed").asInt(),
				v.get("rating").isNull() ? null : v.get("rating").asDouble(),
				v.get("lastTaught").isNull() ? null : v.get("lastTaught").asLocalDate(),
				v.get("sharedInstitutions").asList(Value::asString), v.get("professions").asList(Value::asString),
				v.get("institutions").asList(Value::asString), v.get("otherProfession").asBoolean());
	}

}
