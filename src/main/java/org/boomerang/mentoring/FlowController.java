package org.boomerang.mentoring;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.boomerang.api.BadRequestException;
import org.boomerang.skill.Skill;
import org.boomerang.skill.SkillRepository;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL for knowledge flows between communities, professions and institutions.
 */
@Controller
class FlowController {

	/** The most flows one answer may hold. */
	private static final int MAX_FIRST = 100;

	private final FlowIndex index;

	private final FlowRepository repository;

	private final SkillRepository skills;

	FlowController(FlowIndex index, FlowRepository repository, SkillRepository skills) {
		this.index = index;
		this.repository = repository;
		this.skills = skills;
	}

	@QueryMapping
	List<KnowledgeFlow> knowledgeFlows(@Argument NetworkLevel level, @Argument LocalDate since,
			@Argument LocalDate until, @Argument String skill, @Argument Integer first) {
		if (since != null && until != null && until.isBefore(since)) {
			throw new BadRequestException("until (" + until + ") is before since (" + since
					+ "); both days are inclusive, so give an until on or after since");
		}
		int size = (first != null) ? first : MAX_FIRST;
		if (size < 0 || size > MAX_FIRST) {
			throw new BadRequestException("first must be between 0 and " + MAX_FIRST + ", not " + size
					+ "; the flows come most transfers first, so the first 100 are the largest");
		}
		List<FlowIndex.Flow> all = this.index.flows(level, since, until, skill);
		List<FlowIndex.Flow> flows = all.subList(0, Math.min(size, all.size()));
		Set<String> ends = new HashSet<>();
		flows.forEach((f) -> {
			ends.add(f.from());
			ends.add(f.to());
		});
		Map<String, String> names = ends.isEmpty() ? Map.of() : this.repository.endpointNames(level, List.copyOf(ends));
		return flows.stream()
			.map((f) -> new KnowledgeFlow(endpoint(f.from(), names, level), endpoint(f.to(), names, level),
					f.transfers(), f.people(), f.skills()))
			.toList();
	}

	@BatchMapping(typeName = "KnowledgeFlow", field = "skills")
	Map<KnowledgeFlow, List<Skill>> skills(List<KnowledgeFlow> flows) {
		Map<KnowledgeFlow, List<String>> idsByFlow = new LinkedHashMap<>();
		Set<String> ids = new HashSet<>();
		flows.forEach((f) -> {
			List<String> flowIds = f.skills().ids();
			idsByFlow.put(f, flowIds);
			ids.addAll(flowIds);
		});
		Map<String, Skill> found = ids.isEmpty() ? Map.of() : this.skills.byIds(ids);
		Map<KnowledgeFlow, List<Skill>> result = new LinkedHashMap<>();
		idsByFlow
			.forEach((f, flowIds) -> result.put(f, flowIds.stream().map(found::get).filter((s) -> s != null).toList()));
		return result;
	}

	private static KnowledgeFlow.FlowEndpoint endpoint(String id, Map<String, String> names, NetworkLevel level) {
		return new KnowledgeFlow.FlowEndpoint(id, names.getOrDefault(id, id), level);
	}

}
