package org.boomerang.skill.search;

import java.util.List;
import java.util.Map;

import org.boomerang.api.BadRequestException;
import org.boomerang.skill.Skill;
import org.boomerang.skill.SkillRepository;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL {@code resolveTopic} and {@code suggestSkills}.
 */
@Controller
class SkillSearchController {

	static final int MAX_FIRST = 100;

	private final TopicResolver resolver;

	private final SkillRepository skills;

	SkillSearchController(TopicResolver resolver, SkillRepository skills) {
		this.resolver = resolver;
		this.skills = skills;
	}

	@QueryMapping
	List<SkillHit> resolveTopic(@Argument String topic, @Argument Integer first) {
		int limit = checkFirst(first);
		return this.resolver.hits(this.resolver.resolve(topic).stream().limit(limit).toList());
	}

	@QueryMapping
	List<Skill> suggestSkills(@Argument String prefix, @Argument Integer first) {
		List<String> ids = this.resolver.suggest(prefix, checkFirst(first));
		Map<String, Skill> found = this.skills.byIds(ids);
		return ids.stream().map(found::get).filter((s) -> s != null).toList();
	}

	static int checkFirst(Integer first) {
		int value = (first != null) ? first : 10;
		if (value < 0 || value > MAX_FIRST) {
			throw new BadRequestException(
					"first must be between 0 and " + MAX_FIRST + ", not " + value + ": ask for at most 100 at a time");
		}
		return value;
	}

}
