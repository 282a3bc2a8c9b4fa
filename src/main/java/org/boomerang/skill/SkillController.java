package org.boomerang.skill;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL reads of skills.
 */
@Controller
class SkillController {

	private final SkillLookup skills;

	SkillController(SkillLookup skills) {
		this.skills = skills;
	}

	@QueryMapping
	Skill skill(@Argument String id) {
		return this.skills.byId(id).orElse(null);
	}

}
