package org.boomerang.teaching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.boomerang.api.NotFoundException;
import org.boomerang.graph.Queries;
import org.boomerang.model.CareerStage;
import org.boomerang.model.MentoringDirection;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Repository;

/**
 * Finds boomerang pairs with one query ({@code teaching/reciprocal-matches}) and explains
 * them.
 */
@Repository
class ReciprocalMatcher {

	private static final QueryConfig READ = QueryConfig.builder().withRouting(RoutingControl.READ).build();

	private final Driver driver;

	private final String query;

	ReciprocalMatcher(Driver driver, Queries queries) {
		this.driver = driver;
		this.query = queries.get("teaching/reciprocal-matches");
	}

	List<ReciprocalMatch> matches(String person, Integer first) {
		int limit = TeacherSearch.checkFirst(first);
		Record row = this.driver.executableQuery(this.query)
			.withParameters(Map.of("person", person, "limit", limit, "ranks", TeacherRanker.RANKS))
			.withConfig(READ)
			.execute()
			.records()
			.get(0);
		if (!row.get("found").asBoolean()) {
			throw new NotFoundException(
					"No person has the id '" + person + "': give the id of the person to find partners for");
		}
		CareerStage stage = CareerStage.valueOf(row.get("stage").asString());
		return row.get("pairs").asList((pair) -> match(pair, stage));
	}

	private static ReciprocalMatch match(Value pair, CareerStage myStage) {
		CareerStage theirs = CareerStage.valueOf(pair.get("careerStage").asString());
		List<Flow> teaches = flows(pair.get("teaches"));
		List<Flow> learns = flows(pair.get("learns"));
		MentoringDirection direction = CareerStage.direction(theirs, myStage);
		String name = pair.get("name").asString();
		List<String> reasons = new ArrayList<>();
		reasons.add(name + " can teach you " + describe(teaches, "their") + ".");
		reasons.add(name + " wants to learn " + describe(learns, "your") + " from you.");
		reasons.add(switch (direction) {
			case REVERSE -> "A boomerang pair across career stages: " + name + " (" + stage(theirs)
					+ ") mentors you in reverse while you (" + stage(myStage) + ") teach them.";
			case TRADITIONAL -> "A boomerang pair across career stages: you (" + stage(myStage) + ") mentor " + name
					+ " (" + stage(theirs) + ") in reverse while they teach you.";
			case PEER -> "Peers at the same career stage (" + stage(theirs) + ") teaching each other.";
		});
		return new ReciprocalMatch(pair.get("id").asString(), teaches.stream().map(Flow::id).toList(),
				learns.stream().map(Flow::id).toList(), pair.get("score").asDouble(), direction, reasons);
	}

	private static List<Flow> flows(Value list) {
		return list
			.asList((f) -> new Flow(f.get("id").asString(), f.get("name").asString(), f.get("level").asInt(),
					f.get("priority").asInt()))
			.stream()
			.sorted(Comparator.comparingInt(Flow::priority)
				.thenComparing(Comparator.comparingInt(Flow::level).reversed())
				.thenComparing(Flow::name))
			.toList();
	}

	private static String describe(List<Flow> flows, String whose) {
		List<String> parts = flows.stream()
			.map((f) -> f.name() + " (" + whose + " level " + f.level() + ", learning priority " + f.priority() + ")")
			.toList();
		return String.join(", ", parts);
	}

	private static String stage(CareerStage stage) {
		return stage.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	private record Flow(String id, String name, int level, int priority) {
	}

}
