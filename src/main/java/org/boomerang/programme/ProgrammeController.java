package org.boomerang.programme;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.boomerang.api.ForbiddenException;
import org.boomerang.api.IdPage;
import org.boomerang.directory.DirectoryRepository;
import org.boomerang.directory.Institution;
import org.boomerang.mentoring.Mentorship;
import org.boomerang.mentoring.Mentorships;
import org.boomerang.person.Person;
import org.boomerang.person.PersonRepository;
import org.boomerang.security.Caller;
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
 * GraphQL for programmes, cohort assignment, mentorship requests and mentoring outcomes;
 * related objects are resolved in one batch per request.
 */
@Controller
class ProgrammeController {

	private final ProgrammeRepository repository;

	private final ProgrammeService programmes;

	private final AssignmentService assignments;

	private final RequestService requests;

	private final PersonRepository people;

	private final SkillRepository skills;

	private final DirectoryRepository directory;

	private final Mentorships mentorships;

	private final CurrentCaller caller;

	ProgrammeController(ProgrammeRepository repository, ProgrammeService programmes, AssignmentService assignments,
			RequestService requests, PersonRepository people, SkillRepository skills, DirectoryRepository directory,
			Mentorships mentorships, CurrentCaller caller) {
		this.repository = repository;
		this.programmes = programmes;
		this.assignments = assignments;
		this.requests = requests;
		this.people = people;
		this.skills = skills;
		this.directory = directory;
		this.mentorships = mentorships;
		this.caller = caller;
	}

	@QueryMapping
	Programme programme(@Argument String id) {
		this.caller.current();
		return this.repository.byIds(List.of(id)).get(id);
	}

	@QueryMapping
	IdPage<Programme> programmes(@Argument Integer first, @Argument String after) {
		this.caller.current();
		return this.repository.page(IdPage.size(first), after);
	}

	@QueryMapping
	AssignmentPlan assignmentPlan(@Argument String id) {
		Caller who = this.caller.current();
		ProgrammeRepository.StoredPlan stored = this.repository.plans(List.of(id)).get(id);
		if (stored == null) {
			return null;
		}
		if (!ProgrammeAccess.runs(who, stored.coordinators())) {
			throw new ForbiddenException("assignmentPlan: only the coordinators of programme '"
					+ stored.plan().programmeId() + "' and admins read its plans");
		}
		return stored.plan();
	}

	@QueryMapping
	MentorshipRequest mentorshipRequest(@Argument String id) {
		return this.requests.visible(id, this.caller.current());
	}

	@QueryMapping
	IdPage<MentorshipRequest> myMentorshipRequests(@Argument RequestDirection direction, @Argument RequestState state,
			@Argument Integer first, @Argument String after) {
		String me = RequestService.self(this.caller.current(), "myMentorshipRequests");
		return this.repository.requestPage(me, direction, state, IdPage.size(first), after);
	}

	@QueryMapping
	List<MentoringOutcome> mentoringOutcomes(@Argument String programme) {
		ProgrammeAccess.requireOutcomesReader(this.caller.current());
		return this.repository.outcomes(programme);
	}

	@MutationMapping
	Programme upsertProgramme(@Argument ProgrammeInput input) {
		return this.programmes.upsert(input, this.caller.current(), this.caller.reader());
	}

	@MutationMapping
	Programme enrol(@Argument String programme, @Argument String person, @Argument("as") ProgrammeRole role) {
		return this.programmes.enrol(programme, person, role, this.caller.current(), true);
	}

	@MutationMapping
	Programme unenrol(@Argument String programme, @Argument String person, @Argument("as") ProgrammeRole role) {
		return this.programmes.enrol(programme, person, role, this.caller.current(), false);
	}

	@MutationMapping
	AssignmentPlan proposeAssignment(@Argument String programme, @Argument List<PairInput> lock,
			@Argument List<PairInput> exclude) {
		return this.assignments.propose(programme, lock, exclude, this.caller.current(), this.caller.reader());
	}

	@MutationMapping
	List<Mentorship> publishAssignment(@Argument String plan) {
		return this.assignments.publish(plan, this.caller.current());
	}

	@MutationMapping
	MentorshipRequest requestMentorship(@Argument MentorshipRequestInput input) {
		return this.requests.request(input, this.caller.current(), this.caller.reader());
	}

	@MutationMapping
	MentorshipRequest respondToMentorshipRequest(@Argument String id, @Argument boolean accept, @Argument String note) {
		return this.requests.respond(id, accept, note, this.caller.current());
	}

	@MutationMapping
	MentorshipRequest withdrawMentorshipRequest(@Argument String id) {
		return this.requests.withdraw(id, this.caller.current());
	}

	@BatchMapping(typeName = "Programme", field = "institutions")
	Map<Programme, List<Institution>> institutions(List<Programme> programmes) {
		return many(programmes, Programme::institutionIds, this.directory::institutions);
	}

	@BatchMapping(typeName = "Programme", field = "coordinators")
	Map<Programme, List<Person>> coordinators(List<Programme> programmes) {
		Reader reader = this.caller.reader();
		return many(programmes, Programme::coordinatorIds, (ids) -> this.people.visibleByIds(ids, reader));
	}

	@BatchMapping(typeName = "Programme", field = "mentors")
	Map<Programme, List<Person>> mentors(List<Programme> programmes) {
		Reader reader = this.caller.reader();
		return many(programmes, Programme::mentorIds, (ids) -> this.people.visibleByIds(ids, reader));
	}

	@BatchMapping(typeName = "Programme", field = "mentees")
	Map<Programme, List<Person>> mentees(List<Programme> programmes) {
		Reader reader = this.caller.reader();
		return many(programmes, Programme::menteeIds, (ids) -> this.people.visibleByIds(ids, reader));
	}

	@BatchMapping(typeName = "Programme", field = "mentorships")
	Map<Programme, List<Mentorship>> programmeMentorships(List<Programme> programmes) {
		Reader reader = this.caller.reader();
		return many(programmes, Programme::mentorshipIds, (ids) -> this.mentorships.byIds(ids, reader));
	}

	@SchemaMapping(typeName = "Programme", field = "pendingPlan")
	AssignmentPlan pendingPlan(Programme programme) {
		if (programme.pendingPlanId() == null
				|| !ProgrammeAccess.runs(this.caller.current(), programme.coordinatorIds())) {
			return null;
		}
		ProgrammeRepository.StoredPlan stored = this.repository.plans(List.of(programme.pendingPlanId()))
			.get(programme.pendingPlanId());
		return (stored != null) ? stored.plan() : null;
	}

	@BatchMapping(typeName = "AssignmentPlan", field = "programme")
	Map<AssignmentPlan, Programme> planProgramme(List<AssignmentPlan> plans) {
		return one(plans, AssignmentPlan::programmeId, this.repository::byIds);
	}

	@BatchMapping(typeName = "PlannedPair", field = "mentor")
	Map<AssignmentPlan.Pair, Person> pairMentor(List<AssignmentPlan.Pair> pairs) {
		return one(pairs, AssignmentPlan.Pair::mentorId, this.people::byIds);
	}

	@BatchMapping(typeName = "PlannedPair", field = "mentee")
	Map<AssignmentPlan.Pair, Person> pairMentee(List<AssignmentPlan.Pair> pairs) {
		return one(pairs, AssignmentPlan.Pair::menteeId, this.people::byIds);
	}

	@BatchMapping(typeName = "PlannedPair", field = "skills")
	Map<AssignmentPlan.Pair, List<Skill>> pairSkills(List<AssignmentPlan.Pair> pairs) {
		return many(pairs, AssignmentPlan.Pair::skillIds, this.skills::byIds);
	}

	@BatchMapping(typeName = "Unmatched", field = "mentee")
	Map<AssignmentPlan.Left, Person> unmatchedMentee(List<AssignmentPlan.Left> left) {
		return one(left, AssignmentPlan.Left::menteeId, this.people::byIds);
	}

	@BatchMapping(typeName = "MentorshipRequest", field = "from")
	Map<MentorshipRequest, Person> requestFrom(List<MentorshipRequest> requests) {
		return one(requests, MentorshipRequest::fromId, this.people::byIds);
	}

	@BatchMapping(typeName = "MentorshipRequest", field = "to")
	Map<MentorshipRequest, Person> requestTo(List<MentorshipRequest> requests) {
		return one(requests, MentorshipRequest::toId, this.people::byIds);
	}

	@BatchMapping(typeName = "MentorshipRequest", field = "skills")
	Map<MentorshipRequest, List<Skill>> requestSkills(List<MentorshipRequest> requests) {
		return many(requests, MentorshipRequest::skillIds, this.skills::byIds);
	}

	@BatchMapping(typeName = "MentorshipRequest", field = "mentorship")
	Map<MentorshipRequest, Mentorship> requestMentorship(List<MentorshipRequest> requests) {
		// The request's two people are the mentorship's two people.
		return one(requests, MentorshipRequest::mentorshipId,
				(ids) -> this.mentorships.byIds(ids, Reader.everything()));
	}

	private static <P, V> Map<P, V> one(List<P> parents, Function<P, String> key,
			Function<Collection<String>, Map<String, V>> load) {
		Set<String> keys = new HashSet<>();
		parents.stream().map(key).filter(Objects::nonNull).forEach(keys::add);
		Map<String, V> found = keys.isEmpty() ? Map.of() : load.apply(keys);
		Map<P, V> result = new LinkedHashMap<>();
		parents.forEach((p) -> {
			V value = (key.apply(p) != null) ? found.get(key.apply(p)) : null;
			if (value != null) {
				result.put(p, value);
			}
		});
		return result;
	}

	private static <P, V> Map<P, List<V>> many(List<P> parents, Function<P, List<String>> keys,
			Function<Collection<String>, Map<String, V>> load) {
		Set<String> all = new HashSet<>();
		parents.forEach((p) -> all.addAll(keys.apply(p)));
		Map<String, V> found = all.isEmpty() ? Map.of() : load.apply(all);
		Map<P, List<V>> result = new LinkedHashMap<>();
		parents.forEach((p) -> result.put(p, keys.apply(p).stream().map(found::get).filter(Objects::nonNull).toList()));
		return result;
	}

}
