package org.boomerang.person;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.boomerang.directory.DirectoryRepository;
import org.boomerang.directory.Profession;
import org.boomerang.graph.Queries;
import org.boomerang.security.Reader;
import org.boomerang.skill.SkillRepository;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Repository;

/**
 * The relationships of many people (or the people of many institutions, professions,
 * communities) in one query each: what the GraphQL batch mappings load.
 */
@Repository
class PersonRelationsRepository {

	private final Driver driver;

	private final Queries queries;

	PersonRelationsRepository(Driver driver, Queries queries) {
		this.driver = driver;
		this.queries = queries;
	}

	Map<String, List<Profession>> professions(Collection<String> personIds) {
		return load("person/professions-of-people", personIds,
				(r) -> DirectoryRepository.profession(r.get("profession")));
	}

	Map<String, List<Affiliation>> affiliations(Collection<String> personIds) {
		return load("person/affiliations-of-people", personIds,
				(r) -> new Affiliation(DirectoryRepository.institution(r.get("institution")),
						r.get("role").asString(null), date(r.get("from")), date(r.get("to"))));
	}

	Map<String, List<Membership>> memberships(Collection<String> personIds) {
		return load("person/memberships-of-people", personIds,
				(r) -> new Membership(DirectoryRepository.community(r.get("community")), date(r.get("from")),
						date(r.get("to"))));
	}

	Map<String, List<PersonSkill>> skills(Collection<String> personIds) {
		return load("person/skills-of-people", personIds, (r) -> new PersonSkill(SkillRepository.map(r.get("skill")),
				r.get("level").asInt(), r.get("canTeach").asBoolean(false)));
	}

	Map<String, List<WantedSkill>> wantsToLearn(Collection<String> personIds) {
		return load("person/wants-of-people", personIds, (r) -> new WantedSkill(SkillRepository.map(r.get("skill")),
				r.get("priority").isNull() ? null : r.get("priority").asInt()));
	}

	Map<String, List<Person>> peopleOfInstitutions(Collection<String> institutionIds, int limit, Reader reader) {
		return load("person/people-of-institutions", institutionIds, limit, reader,
				(r) -> PersonRepository.map(r.get("person")));
	}

	Map<String, List<Person>> peopleOfProfessions(Collection<String> professionIds, int limit, Reader reader) {
		return load("person/people-of-professions", professionIds, limit, reader,
				(r) -> PersonRepository.map(r.get("person")));
	}

	Map<String, List<Person>> membersOfCommunities(Collection<String> communityIds, int limit, Reader reader) {
		return load("person/members-of-communities", communityIds, limit, reader,
				(r) -> PersonRepository.map(r.get("person")));
	}

	private <T> Map<String, List<T>> load(String query, Collection<String> ids, Function<Record, T> map) {
		return load(query, ids, 0, null, map);
	}

	/**
	 * Runs one {@code UNWIND $ids} query (with {@code $limit} per id when it is more than
	 * 0, and the reader as the {@code $reader} of the visibility predicate of the queries
	 * that return people); every id asked is a key of the answer.
	 */
	private <T> Map<String, List<T>> load(String query, Collection<String> ids, int limit, Reader reader,
			Function<Record, T> map) {
		Map<String, List<T>> byId = new LinkedHashMap<>();
		ids.forEach((id) -> byId.put(id, new ArrayList<>()));
		if (ids.isEmpty()) {
			return byId;
		}
		this.driver.executableQuery(this.queries.get(query))
			.withParameters(
					(reader != null) ? Map.of("ids", List.copyOf(ids), "limit", limit, "reader", reader.asParameter())
							: Map.of("ids", List.copyOf(ids), "limit", limit))
			.withConfig(Queries.READ)
			.execute()
			.records()
			.forEach((r) -> byId.get(r.get("id").asString()).add(map.apply(r)));
		return byId;
	}

	private static java.time.LocalDate date(Value value) {
		return value.isNull() ? null : value.asLocalDate();
	}

}
