package org.boomerang.teaching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.boomerang.api.BadRequestException;
import org.boomerang.person.Person;
import org.boomerang.person.PersonRepository;
import org.boomerang.security.CurrentCaller;
import org.boomerang.skill.Skill;
import org.boomerang.skill.SkillRepository;
import org.boomerang.skill.search.SkillHit;
import org.boomerang.skill.search.TopicResolver;
import org.boomerang.teaching.index.TeacherFilter;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL {@code whoCanTeach} and {@code reciprocalMatches}; people and skills of the
 * answers resolve in batches.
 */
@Controller
class TeachingController {

	private static final int RESOLVED_SHOWN = 20;

	private final TeacherSearch teachers;

	private final TopicResolver topics;

	private final PersonRepository people;

	private final SkillRepository skills;

	private final ReciprocalMatcher reciprocal;

	private final CurrentCaller caller;

	TeachingController(TeacherSearch teachers, TopicResolver topics, PersonRepository people, SkillRepository skills,
			ReciprocalMatcher reciprocal, CurrentCaller caller) {
		this.teachers = teachers;
		this.caller = caller;
		this.reciprocal = reciprocal;
		this.topics = topics;
		this.people = people;
		this.skills = skills;
	}

	@QueryMapping
	TeacherMatchConnection whoCanTeach(@Argument String topic, @Argument String asker, @Argument TeacherFilter filter,
			@Argument Integer first, @Argument String after) {
		return this.teachers.whoCanTeach(topic, this.caller.current().asker(asker), filter, first, after,
				this.caller.reader());
	}

	@QueryMapping
	List<ReciprocalMatch> reciprocalMatches(@Argument String person, @Argument Integer first) {
		String whose = this.caller.current().asker(person);
		if (whose == null) {
			throw new BadRequestException("Give person: the id of the person to find partners for (your sign-in names"
					+ " no person of the network)");
		}
		return this.reciprocal.matches(whose, first, this.caller.reader());
	}

	@BatchMapping(typeName = "ReciprocalMatch")
	Map<ReciprocalMatch, Person> partner(List<ReciprocalMatch> matches) {
		Map<String, Person> found = this.people.byIds(matches.stream().map(ReciprocalMatch::partnerId).toList());
		Map<ReciprocalMatch, Person> result = new HashMap<>();
		matches.forEach((m) -> result.put(m, found.get(m.partnerId())));
		return result;
	}

	@BatchMapping(typeName = "ReciprocalMatch")
	Map<ReciprocalMatch, List<Skill>> teaches(List<ReciprocalMatch> matches) {
		return skillsOf(matches, ReciprocalMatch::teachIds);
	}

	@BatchMapping(typeName = "ReciprocalMatch")
	Map<ReciprocalMatch, List<Skill>> learns(List<ReciprocalMatch> matches) {
		return skillsOf(matches, ReciprocalMatch::learnIds);
	}

	private Map<ReciprocalMatch, List<Skill>> skillsOf(List<ReciprocalMatch> matches,
			Function<ReciprocalMatch, List<String>> ids) {
		Map<String, Skill> found = this.skills
			.byIds(matches.stream().flatMap((m) -> ids.apply(m).stream()).distinct().toList());
		Map<ReciprocalMatch, List<Skill>> result = new HashMap<>();
		matches.forEach((m) -> result.put(m, ids.apply(m).stream().map(found::get).filter((s) -> s != null).toList()));
		return result;
	}

	@SchemaMapping(typeName = "TeacherMatchConnection")
	List<SkillHit> resolvedSkills(TeacherMatchConnection connection) {
		return this.topics.hits(connection.resolved().stream().limit(RESOLVED_SHOWN).toList());
	}

	@BatchMapping(typeName = "MatchedSkill")
	Map<MatchedSkill, Skill> skill(List<MatchedSkill> matched) {
		Map<String, Skill> found = this.skills.byIds(matched.stream().map(MatchedSkill::skillId).distinct().toList());
		Map<MatchedSkill, Skill> result = new HashMap<>();
		matched.forEach((m) -> result.put(m, found.get(m.skillId())));
		return result;
	}

}
