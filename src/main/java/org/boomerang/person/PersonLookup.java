package org.boomerang.person;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.boomerang.graph.Queries;
import org.boomerang.model.CareerStage;
import org.boomerang.model.Visibility;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

/**
 * Loads people by id, many at a time: the one way other features turn person ids into
 * {@link Person} records.
 */
@Service
public class PersonLookup {

	private static final QueryConfig READ = QueryConfig.builder().withRouting(RoutingControl.READ).build();

	private final Driver driver;

	private final String byIds;

	PersonLookup(Driver driver, Queries queries) {
		this.driver = driver;
		this.byIds = queries.get("person/people-by-ids");
	}

	/**
	 * The people with these ids, in the order asked; ids not found are left out.
	 * @param ids person ids
	 * @return people by id
	 */
	public Map<String, Person> byIds(Collection<String> ids) {
		Map<String, Person> found = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		this.driver.executableQuery(this.byIds)
			.withParameters(Map.of("ids", List.copyOf(ids)))
			.withConfig(READ)
			.execute()
			.records()
			.forEach((r) -> {
				Person person = map(r.get("person"));
				found.put(person.id(), person);
			});
		return found;
	}

	/**
	 * One person.
	 * @param id the person's id
	 * @return the person, if there is one with that id
	 */
	public Optional<Person> byId(String id) {
		return Optional.ofNullable(byIds(List.of(id)).get(id));
	}

	/**
	 * Reads a person projection ({@code {.id, .name, .careerStage, .email, .orcid, .bio,
	 * .startedPracticeYear, .mentoringCapacity, .visibility, .createdAt, .updatedAt}}),
	 * so other features' repositories can return people from their own queries.
	 * @param p the projected map
	 * @return the person
	 */
	public static Person map(Value p) {
		return new Person(p.get("id").asString(), p.get("name").asString(),
				CareerStage.valueOf(p.get("careerStage").asString()), p.get("email").asString(null),
				p.get("orcid").asString(null), p.get("bio").asString(null),
				p.get("startedPracticeYear").isNull() ? null : p.get("startedPracticeYear").asInt(),
				p.get("mentoringCapacity").asInt(2), Visibility.valueOf(p.get("visibility").asString("NETWORK")),
				p.get("createdAt").isNull() ? null : p.get("createdAt").asOffsetDateTime(),
				p.get("updatedAt").isNull() ? null : p.get("updatedAt").asOffsetDateTime());
	}

}
