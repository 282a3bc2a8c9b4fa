package org.boomerang.directory;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.boomerang.api.IdPage;
import org.boomerang.graph.BatchReads;
import org.boomerang.graph.Queries;
import org.boomerang.model.InstitutionKind;
import org.boomerang.skill.Skill;
import org.boomerang.skill.SkillRepository;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

/**
 * Loads institutions, professions and communities by id, many at a time, and the skills
 * communities focus on. Its static {@code map} methods read the projections that
 * {@code queries/directory/*-by-ids.cypher} return, so other features' repositories can
 * return the same projection from their own queries.
 */
@Service
public class DirectoryRepository {

	private final Driver driver;

	private final BatchReads reads;

	private final String institutionsByIds;

	private final String professionsByIds;

	private final String communitiesByIds;

	private final String focusOfCommunities;

	private final String communitiesOfSkills;

	/** The page query of each list, by the list's name. */
	private final Map<String, String> pages;

	DirectoryRepository(Driver driver, BatchReads reads, Queries queries) {
		this.driver = driver;
		this.reads = reads;
		this.institutionsByIds = queries.get("directory/institutions-by-ids");
		this.professionsByIds = queries.get("directory/professions-by-ids");
		this.communitiesByIds = queries.get("directory/communities-by-ids");
		this.focusOfCommunities = queries.get("directory/focus-of-communities");
		this.communitiesOfSkills = queries.get("directory/communities-of-skills");
		this.pages = Map.of("institutions", queries.get("directory/institutions-page"), "professions",
				queries.get("directory/professions-page"), "communities", queries.get("directory/communities-page"));
	}

	IdPage<Institution> institutionPage(int size, String after) {
		return page("institutions", size, after, DirectoryRepository::institution, Institution::id);
	}

	IdPage<Profession> professionPage(int size, String after) {
		return page("professions", size, after, DirectoryRepository::profession, Profession::id);
	}

	IdPage<Community> communityPage(int size, String after) {
		return page("communities", size, after, DirectoryRepository::community, Community::id);
	}

	/**
	 * One page of every institution, profession or community, in id order.
	 */
	private <T> IdPage<T> page(String list, int size, String after, Function<Value, T> map, Function<T, String> id) {
		// One more than asked tells whether another page follows (also for first: 0).
		List<T> items = this.driver.executableQuery(this.pages.get(list))
			.withParameters(Map.of("after", IdPage.after(list, after), "limit", size + 1))
			.withConfig(Queries.READ)
			.execute()
			.records()
			.stream()
			.map((r) -> map.apply(r.get(0)))
			.toList();
		return IdPage.of(list, items, size, id);
	}

	/**
	 * The institutions with these ids; ids not found are left out.
	 * @param ids institution ids
	 * @return institutions by id
	 */
	public Map<String, Institution> institutions(Collection<String> ids) {
		return this.reads.byIds(this.institutionsByIds, ids, "institution", DirectoryRepository::institution,
				Institution::id);
	}

	/**
	 * The professions with these ids; ids not found are left out.
	 * @param ids profession ids
	 * @return professions by id
	 */
	public Map<String, Profession> professions(Collection<String> ids) {
		return this.reads.byIds(this.professionsByIds, ids, "profession", DirectoryRepository::profession,
				Profession::id);
	}

	/**
	 * The communities with these ids; ids not found are left out.
	 * @param ids community ids
	 * @return communities by id
	 */
	public Map<String, Community> communities(Collection<String> ids) {
		return this.reads.byIds(this.communitiesByIds, ids, "community", DirectoryRepository::community, Community::id);
	}

	/**
	 * The skills each of these communities focuses on, by name, in one query.
	 * @param communityIds community ids
	 * @return skills per community id (every id asked is a key)
	 */
	Map<String, List<Skill>> focus(Collection<String> communityIds) {
		Map<String, List<Skill>> focus = new LinkedHashMap<>();
		communityIds.forEach((id) -> focus.put(id, new ArrayList<>()));
		if (communityIds.isEmpty()) {
			return focus;
		}
		this.driver.executableQuery(this.focusOfCommunities)
			.withParameters(Map.of("ids", List.copyOf(communityIds)))
			.withConfig(Queries.READ)
			.execute()
			.records()
			.forEach((r) -> focus.get(r.get("id").asString()).add(SkillRepository.map(r.get("skill"))));
		return focus;
	}

	/**
	 * The communities that focus on each of these skills, by name, in one query.
	 * @param skillIds skill ids
	 * @return communities per skill id (every id asked is a key)
	 */
	Map<String, List<Community>> communitiesOfSkills(Collection<String> skillIds) {
		Map<String, List<Community>> communities = new LinkedHashMap<>();
		skillIds.forEach((id) -> communities.put(id, new ArrayList<>()));
		if (skillIds.isEmpty()) {
			return communities;
		}
		this.driver.executableQuery(this.communitiesOfSkills)
			.withParameters(Map.of("ids", List.copyOf(skillIds)))
			.withConfig(Queries.READ)
			.execute()
			.records()
			.forEach((r) -> communities.get(r.get("id").asString()).add(community(r.get("community"))));
		return communities;
	}

	/**
	 * Reads an institution projection ({@code {.id, .name, .kind, .ror, .location,
	 * .createdAt, .updatedAt}}).
	 * @param i the projected map
	 * @return the institution
	 */
	public static Institution institution(Value i) {
		return new Institution(i.get("id").asString(), i.get("name").asString(),
				InstitutionKind.valueOf(i.get("kind").asString("OTHER")), i.get("ror").asString(null),
				i.get("location").asString(null), instant(i.get("createdAt")), instant(i.get("updatedAt")));
	}

	/**
	 * Reads a profession projection ({@code {.id, .name, .escoOccupation, .description,
	 * .createdAt, .updatedAt}}).
	 * @param p the projected map
	 * @return the profession
	 */
	public static Profession profession(Value p) {
		return new Profession(p.get("id").asString(), p.get("name").asString(), p.get("escoOccupation").asString(null),
				p.get("description").asString(null), instant(p.get("createdAt")), instant(p.get("updatedAt")));
	}

	/**
	 * Reads a community projection ({@code {.id, .name, .description, .createdAt,
	 * .updatedAt}}).
	 * @param c the projected map
	 * @return the community
	 */
	public static Community community(Value c) {
		return new Community(c.get("id").asString(), c.get("name").asString(), c.get("description").asString(null),
				instant(c.get("createdAt")), instant(c.get("updatedAt")));
	}

	private static OffsetDateTime instant(Value value) {
		return value.isNull() ? null : value.asOffsetDateTime();
	}

}
