package org.boomerang.person;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.boomerang.graph.BatchReads;
import org.boomerang.graph.Queries;
import org.boomerang.model.CareerStage;
import org.boomerang.model.Visibility;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

/**
 * Loads people by id, many at a time: the one way other features turn person ids into
 * {@link Person} records.
 */
@Service
public class PersonLookup {

	private final BatchReads reads;

	private final String byIds;

	PersonLookup(BatchReads reads, Queries queries) {
		this.reads = reads;
		this.byIds = queries.get("person/people-by-ids");
	}

	/**
	 * The people with these ids; ids not found are left out.
	 * @param ids person ids
	 * @return people by id
	 */
	public Map<String, Person> byIds(Collection<String> ids) {
		return this.reads.byIds(this.byIds, ids, "person", PersonLookup::map, Person::id);
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
