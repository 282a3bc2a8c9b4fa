package org.boomerang.skill;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.boomerang.importing.EntityImport;
import org.boomerang.importing.Kind;
import org.boomerang.security.CurrentCaller;
import org.boomerang.security.Permissions;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL reads and writes of skills; the taxonomy links resolve in batches.
 */
@Controller
class SkillController {

	private final SkillRepository skills;

	private final EntityImport imports;

	private final CurrentCaller caller;

	SkillController(SkillRepository skills, EntityImport imports, CurrentCaller caller) {
		this.skills = skills;
		this.imports = imports;
		this.caller = caller;
	}

	@QueryMapping
	Skill skill(@Argument String id) {
		return this.skills.byId(id).orElse(null);
	}

	@BatchMapping
	Map<Skill, List<Skill>> broader(List<Skill> skills) {
		return perSkill(skills, this.skills::broader);
	}

	@BatchMapping
	Map<Skill, List<Skill>> narrower(List<Skill> skills) {
		return perSkill(skills, this.skills::narrower);
	}

	@MutationMapping
	Skill upsertSkill(@Argument Map<String, Object> input) {
		Permissions.requireImporter(this.caller.current(), "upsertSkill");
		this.imports.upsert(Kind.SKILLS, input, "upsertSkill");
		String id = (String) input.get("id");
		return this.skills.byId(id)
			.orElseThrow(() -> new IllegalStateException("skill " + id + " was written but cannot be read back"));
	}

	private static Map<Skill, List<Skill>> perSkill(List<Skill> skills,
			Function<List<String>, Map<String, List<Skill>>> load) {
		Map<String, List<Skill>> byId = load.apply(skills.stream().map(Skill::id).distinct().toList());
		return skills.stream()
			.distinct()
			.collect(Collectors.toMap((s) -> s, (s) -> byId.getOrDefault(s.id(), List.of())));
	}

}
