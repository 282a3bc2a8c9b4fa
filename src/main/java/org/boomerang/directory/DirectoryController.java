package org.boomerang.directory;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.boomerang.skill.Skill;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL reads of institutions, professions and communities.
 */
@Controller
class DirectoryController {

	private final DirectoryRepository directory;

	DirectoryController(DirectoryRepository directory) {
		this.directory = directory;
	}

	@QueryMapping
	Institution institution(@Argument String id) {
		return this.directory.institutions(List.of(id)).get(id);
	}

	@QueryMapping
	Profession profession(@Argument String id) {
		return this.directory.professions(List.of(id)).get(id);
	}

	@QueryMapping
	DirectoryConnection<Institution> institutions(@Argument Integer first, @Argument String after) {
		return this.directory.institutionsPage(first, after);
	}

	@QueryMapping
	DirectoryConnection<Profession> professions(@Argument Integer first, @Argument String after) {
		return this.directory.professionsPage(first, after);
	}

	@QueryMapping
	Community community(@Argument String id) {
		return this.directory.communities(List.of(id)).get(id);
	}

	@BatchMapping
	Map<Community, List<Skill>> focus(List<Community> communities) {
		Map<String, List<Skill>> byId = this.directory.focus(communities.stream().map(Community::id).toList());
		return communities.stream()
			.distinct()
			.collect(Collectors.toMap((c) -> c, (c) -> byId.getOrDefault(c.id(), List.of())));
	}

	@BatchMapping(typeName = "Skill", field = "communities")
	Map<Skill, List<Community>> communitiesOfSkills(List<Skill> skills) {
		Map<String, List<Community>> byId = this.directory
			.communitiesOfSkills(skills.stream().map(Skill::id).distinct().toList());
		return skills.stream()
			.distinct()
			.collect(Collectors.toMap((s) -> s, (s) -> byId.getOrDefault(s.id(), List.of())));
	}

}
