package org.boomerang.person;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.boomerang.api.BadRequestException;
import org.boomerang.api.ForbiddenException;
import org.boomerang.directory.Community;
import org.boomerang.directory.Institution;
import org.boomerang.directory.Profession;
import org.boomerang.importing.EntityImport;
import org.boomerang.importing.Kind;
import org.boomerang.security.Caller;
import org.boomerang.security.CurrentCaller;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;
import org.boomerang.security.Permissions;
import org.boomerang.security.Reader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * GraphQL reads and writes of people. Every relationship resolves for all the people of a
 * request at once (one query per field), never one query per person; the people of an
 * institution, a profession or a community through a named {@link DataLoader}, because
 * their {@code first} argument is applied per field.
 */
@Controller
class PersonController {

	/** What a person edits of their own profile; everything else comes from imports. */
	private static final List<String> OWN_FIELDS = List.of("skills", "wantsToLearn", "visibility", "mentoringCapacity");

	private final PersonRepository people;

	private final PersonRelationsRepository relations;

	private final EntityImport imports;

	private final CurrentCaller caller;

	private final Erasure erasure;

	PersonController(PersonRepository people, PersonRelationsRepository relations, EntityImport imports,
			BatchLoaderRegistry loaders, CurrentCaller caller, Erasure erasure) {
		this.erasure = erasure;
		this.people = people;
		this.relations = relations;
		this.imports = imports;
		this.caller = caller;
		// The reader is the request's: the loaders run with its security context.
		register(loaders, "peopleOfInstitutions",
				(ids) -> relations.peopleOfInstitutions(ids, PersonRepository.MAX_FIRST, caller.reader()));
		register(loaders, "peopleOfProfessions",
				(ids) -> relations.peopleOfProfessions(ids, PersonRepository.MAX_FIRST, caller.reader()));
		register(loaders, "membersOfCommunities",
				(ids) -> relations.membersOfCommunities(ids, PersonRepository.MAX_FIRST, caller.reader()));
	}

	/**
	 * A loader of the first {@link PersonRepository#MAX_FIRST} people of each parent, in
	 * one query per request.
	 */
	private static void register(BatchLoaderRegistry loaders, String name,
			Function<Collection<String>, Map<String, List<Person>>> load) {
		loaders.<String, List<Person>>forName(name)
			.registerMappedBatchLoader((ids, environment) -> Mono.fromCallable(() -> load.apply(ids)));
	}

	@QueryMapping
	Me me() {
		Caller me = this.caller.current();
		return new Me(me.personId(), List.copyOf(me.roles()), List.copyOf(me.scopes()));
	}

	@SchemaMapping(typeName = "Me")
	Person person(Me me) {
		return (me.personId() != null) ? this.people.byId(me.personId()).orElse(null) : null;
	}

	@QueryMapping
	Person person(@Argument String id) {
		return this.people.visibleByIds(List.of(id), this.caller.reader()).get(id);
	}

	@QueryMapping
	PersonConnection people(@Argument String search, @Argument Integer first, @Argument String after) {
		return this.people.page(search, first, after, this.caller.reader());
	}

	@SchemaMapping
	int totalCount(PersonConnection connection) {
		return this.people.totalCount(connection.search(), this.caller.reader());
	}

	@MutationMapping
	Person upsertPerson(@Argument Map<String, Object> input) {
		Permissions.requireImporter(this.caller.current(), "upsertPerson");
		this.imports.upsert(Kind.PEOPLE, input, "upsertPerson");
		String id = (String) input.get("id");
		return this.people.byId(id)
			.orElseThrow(() -> new IllegalStateException("person " + id + " was written but cannot be read back"));
	}

	/**
	 * The signed-in person edits their own fields; the HR facts (name, e-mail, career
	 * stage, affiliations, professions, communities) stay as the imports stated them. The
	 * person is then written whole through the import path, so the rules and problem
	 * paths are those of {@code upsertPerson}.
	 */
	@MutationMapping
	Person updateMyProfile(@Argument Map<String, Object> input) {
		String id = this.caller.current().personId();
		if (id == null) {
			throw new ForbiddenException("updateMyProfile edits the signed-in person's own profile, and your sign-in"
					+ " names no person of the network (a client, or an e-mail no person has)");
		}
		Map<String, Object> whole = this.people.asInput(id)
			.orElseThrow(
					() -> new ForbiddenException("updateMyProfile: person " + id + " is no longer in the network"));
		for (String own : OWN_FIELDS) {
			if (input.get(own) != null) {
				whole.put(own, input.get(own));
			}
		}
		this.imports.upsert(Kind.PEOPLE, whole, "updateMyProfile");
		return this.people.byId(id)
			.orElseThrow(() -> new IllegalStateException("person " + id + " was written but cannot be read back"));
	}

	/**
	 * The one place a person's e-mail is decided: themselves and admins read it; everyone
	 * else reads null, whatever path led them to the person.
	 */
	@SchemaMapping(typeName = "Person", field = "email")
	String email(Person person) {
		Caller reader = this.caller.find().orElse(null);
		return (reader != null && (reader.isAdmin() || person.id().equals(reader.personId()))) ? person.email() : null;
	}

	@MutationMapping
	boolean erasePerson(@Argument String id) {
		Permissions.requireAdmin(this.caller.current(), "erasePerson");
		return this.erasure.erase(id);
	}

	@BatchMapping
	Map<Person, List<Profession>> professions(List<Person> people) {
		return batch(people, Person::id, this.relations::professions);
	}

	@BatchMapping
	Map<Person, List<Affiliation>> affiliations(List<Person> people) {
		return batch(people, Person::id, this.relations::affiliations);
	}

	@BatchMapping
	Map<Person, List<Membership>> communities(List<Person> people) {
		return batch(people, Person::id, this.relations::memberships);
	}

	@BatchMapping
	Map<Person, List<PersonSkill>> skills(List<Person> people) {
		return batch(people, Person::id, this.relations::skills);
	}

	@BatchMapping
	Map<Person, List<WantedSkill>> wantsToLearn(List<Person> people) {
		return batch(people, Person::id, this.relations::wantsToLearn);
	}

	@SchemaMapping(typeName = "Institution", field = "people")
	CompletableFuture<List<Person>> peopleOfInstitution(Institution institution, @Argument Integer first,
			DataLoader<String, List<Person>> peopleOfInstitutions) {
		return first(peopleOfInstitutions.load(institution.id()), first);
	}

	@SchemaMapping(typeName = "Profession", field = "people")
	CompletableFuture<List<Person>> peopleOfProfession(Profession profession, @Argument Integer first,
			DataLoader<String, List<Person>> peopleOfProfessions) {
		return first(peopleOfProfessions.load(profession.id()), first);
	}

	@SchemaMapping(typeName = "Community", field = "members")
	CompletableFuture<List<Person>> membersOfCommunity(Community community, @Argument Integer first,
			DataLoader<String, List<Person>> membersOfCommunities) {
		return first(membersOfCommunities.load(community.id()), first);
	}

	/**
	 * The first people of a list loaded for the whole request (each loader loads the most
	 * any field may ask for, so aliases with different {@code first} share one load).
	 */
	private static CompletableFuture<List<Person>> first(CompletableFuture<List<Person>> people, Integer first) {
		int size = (first != null) ? first : PersonRepository.MAX_FIRST;
		if (size < 0 || size > PersonRepository.MAX_FIRST) {
			throw new BadRequestException("first must be between 0 and " + PersonRepository.MAX_FIRST + ", not " + size
					+ "; to go through everyone, page with people(first, after)");
		}
		return people.thenApply((all) -> all.subList(0, Math.min(size, all.size())));
	}

	/** One load for all parents of a request, handed back per parent. */
	private static <P, T> Map<P, List<T>> batch(List<P> parents, Function<P, String> id,
			Function<Collection<String>, Map<String, List<T>>> load) {
		Map<String, List<T>> byId = load.apply(parents.stream().map(id).distinct().toList());
		return parents.stream()
			.distinct()
			.collect(Collectors.toMap((p) -> p, (p) -> byId.getOrDefault(id.apply(p), List.of())));
	}

}
