package org.boomerang.mentoring;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.boomerang.api.IdPage;
import org.boomerang.person.Person;
import org.boomerang.person.PersonRepository;
import org.boomerang.security.CurrentCaller;
import org.boomerang.security.Reader;
import org.boomerang.skill.Skill;
import org.boomerang.skill.SkillRepository;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL for mentorships and transfers: the queries, the mutations, and their related
 * objects, each resolved in one batch per request.
 */
@Controller
class MentoringController {

	private final MentoringService service;

	private final MentoringRepository repository;

	private final PersonRepository people;

	private final SkillRepository skills;

	private final CurrentCaller caller;

	private final MentoringAccess access;

	MentoringController(MentoringService service, MentoringRepository repository, PersonRepository people,
			SkillRepository skills, CurrentCaller caller, MentoringAccess access) {
		this.caller = caller;
		this.access = access;
		this.service = service;
		this.repository = repository;
		this.people = people;
		this.skills = skills;
	}

	@QueryMapping
	Mentorship mentorship(@Argument String id) {
		return this.repository.mentorship(id, this.caller.reader()).orElse(null);
	}

	@QueryMapping
	Transfer transfer(@Argument String id) {
		return this.repository.transfers(List.of(id), this.caller.reader()).get(id);
	}

	@QueryMapping
	IdPage<Mentorship> mentorships(@Argument MentorshipFilter filter, @Argument Integer first, @Argument String after) {
		return this.repository.mentorshipPage((filter != null) ? filter : MentorshipFilter.ALL, IdPage.size(first),
				after, this.caller.reader());
	}

	@QueryMapping
	IdPage<Transfer> transfers(@Argument LocalDate since, @Argument LocalDate until, @Argument String person,
			@Argument String skill, @Argument Integer first, @Argument String after) {
		return this.repository.transferPage(since, until, person, skill, IdPage.size(first), after,
				this.caller.reader());
	}

	@MutationMapping
	Mentorship startMentorship(@Argument MentorshipInput input) {
		this.access.checkStart(this.caller.current(), input);
		return this.service.start(input);
	}

	@MutationMapping
	Mentorship endMentorship(@Argument String id, @Argument LocalDate endedOn) {
		this.access.checkEnd(this.caller.current(), id);
		return this.service.end(id, endedOn);
	}

	@MutationMapping
	Transfer recordTransfer(@Argument TransferInput input) {
		this.access.checkRecord(this.caller.current(), input);
		return this.service.record(input);
	}

	@MutationMapping
	Transfer confirmTransfer(@Argument String id, @Argument Integer rating, @Argument String notes) {
		this.access.checkConfirm(this.caller.current(), id);
		return this.service.confirm(id, rating, notes);
	}

	@BatchMapping(typeName = "Mentorship", field = "mentor")
	Map<Mentorship, Person> mentor(List<Mentorship> mentorships) {
		return related(mentorships, Mentorship::mentorId, this.people::byIds);
	}

	@BatchMapping(typeName = "Mentorship", field = "mentee")
	Map<Mentorship, Person> mentee(List<Mentorship> mentorships) {
		return related(mentorships, Mentorship::menteeId, this.people::byIds);
	}

	@BatchMapping(typeName = "Mentorship", field = "skills")
	Map<Mentorship, List<Skill>> mentorshipSkills(List<Mentorship> mentorships) {
		Set<String> ids = new HashSet<>();
		mentorships.forEach((m) -> ids.addAll(m.skillIds()));
		Map<String, Skill> found = this.skills.byIds(ids);
		Map<Mentorship, List<Skill>> result = new LinkedHashMap<>();
		mentorships
			.forEach((m) -> result.put(m, m.skillIds().stream().map(found::get).filter((s) -> s != null).toList()));
		return result;
	}

	@BatchMapping(typeName = "Mentorship", field = "transfers")
	Map<Mentorship, List<Transfer>> transfers(List<Mentorship> mentorships) {
		Map<String, List<String>> idsByMentorship = this.repository
			.transferIdsOfMentorships(mentorships.stream().map(Mentorship::id).toList());
		Set<String> ids = new HashSet<>();
		idsByMentorship.values().forEach(ids::addAll);
		Map<String, Transfer> found = this.repository.transfers(ids, this.caller.reader());
		Map<Mentorship, List<Transfer>> result = new LinkedHashMap<>();
		mentorships.forEach((m) -> result.put(m,
				idsByMentorship.getOrDefault(m.id(), List.of())
					.stream()
					.map(found::get)
					.filter((t) -> t != null)
					.toList()));
		return result;
	}

	@SchemaMapping(typeName = "Mentorship", field = "active")
	boolean active(Mentorship mentorship) {
		return mentorship.active();
	}

	@BatchMapping(typeName = "Transfer", field = "from")
	Map<Transfer, Person> teacher(List<Transfer> transfers) {
		return related(transfers, Transfer::fromId, this.people::byIds);
	}

	@BatchMapping(typeName = "Transfer", field = "to")
	Map<Transfer, Person> learner(List<Transfer> transfers) {
		return related(transfers, Transfer::toId, this.people::byIds);
	}

	@BatchMapping(typeName = "Transfer", field = "skill")
	Map<Transfer, Skill> skill(List<Transfer> transfers) {
		return related(transfers, Transfer::skillId, this.skills::byIds);
	}

	@BatchMapping(typeName = "Transfer", field = "mentorship")
	Map<Transfer, Mentorship> mentorshipOf(List<Transfer> transfers) {
		Reader reader = this.caller.reader();
		return related(transfers, Transfer::mentorshipId, (ids) -> this.repository.mentorships(ids, reader));
	}

	private static <P, K, V> Map<P, V> related(List<P> parents, Function<P, K> key,
			Function<Collection<K>, Map<K, V>> load) {
		Set<K> keys = new HashSet<>();
		parents.forEach((p) -> {
			if (key.apply(p) != null) {
				keys.add(key.apply(p));
			}
		});
		Map<K, V> found = keys.isEmpty() ? Map.of() : load.apply(keys);
		Map<P, V> result = new LinkedHashMap<>();
		parents.forEach((p) -> {
			K k = key.apply(p);
			V value = (k != null) ? found.get(k) : null;
			if (value != null) {
				result.put(p, value);
			}
		});
		return result;
	}

}
