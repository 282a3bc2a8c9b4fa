package org.boomerang.directory;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.boomerang.api.BadRequestException;
import org.boomerang.api.PageInfo;
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

	private final String institutionsPage;

	private final String professionsPage;

	DirectoryRepository(Driver driver, BatchReads reads, Queries queries) {
		this.driver = driver;
		this.reads = reads;
		this.institutionsByIds = queries.get("directory/institutions-by-ids");
		this.professionsByIds = queries.get("directory/professions-by-ids");
		this.communitiesByIds = queries.get("directory/communities-by-ids");
		this.focusOfCommunities = queries.get("directory/focus-of-communities");
		this.communitiesOfSkills = queries.get("directory/communities-of-skills");
		this.institutionsPage = queries.get("directory/institutions-page");
		this.professionsPage = queries.get("directory/professions-page");
	}

	/** The largest page of institutions or professions. */
	static final int MAX_FIRST = 100;

	DirectoryConnection<Institution> institutionsPage(Integer first, String after) {
		return page("institutions", this.institutionsPage, first, after, DirectoryRepository::institution,
				Institution::id, Institution::name);
	}

	DirectoryConnection<Profession> professionsPage(Integer first, String after) {
		return page("professions", this.professionsPage, first, after, DirectoryRepository::profession, Profession::id,
				Profession::name);
	}

	private <T> DirectoryConnection<T> page(String what, String query, Integer first, String after,
			Function<Value, T> map, Function<T, String> id, Function<T, String> name) {
		int size = (first != null) ? first : 20;
		if (size < 0 || size > MAX_FIRST) {
			throw new BadRequestException("first must be between 0 and " + MAX_FIRST + ", not " + size
					+ "; page through longer lists with after: pageInfo.endCursor");
		}
		String[] position = (after != null) ? decode(what, after) : new String[] { "", "" };
		List<T> items = new ArrayList<>();
		this.driver.executableQuery(query)
			.withParameters(Map.of("afterName", position[0], "afterId", position[1], "limit", size + 1))
			.withConfig(Queries.READ)
			.execute()
			.records()
			.forEach((r) -> items.add(map.apply(r.get("item"))));
		List<DirectoryConnection.Edge<T>> edges = items.stream()
			.limit(size)
			.map((item) -> new DirectoryConnection.Edge<>(encode(what, id.apply(item), name.apply(item)), item))
			.toList();
		String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		return new DirectoryConnection<>(edges, new PageInfo(items.size() > size, end));
	}

	private static String encode(String what, String id, String name) {
		// Ids never hold a line break (import rule): the id first, the name is the rest.
		String position = what + ":" + id + "\n" + name;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
	}

	private static String[] decode(String what, String cursor) {
		try {
			String position = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			String prefix = what + ":";
			int split = position.indexOf('\n');
			if (position.startsWith(prefix) && split > prefix.length()) {
				return new String[] { position.substring(split + 1), position.substring(prefix.length(), split) };
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		throw new BadRequestException("after: '" + ((cursor.length() <= 40) ? cursor : cursor.substring(0, 40) + "...")
				+ "' is not a cursor of " + what + "; pass pageInfo.endCursor from a previous " + what
				+ " answer, or leave after out to start from the beginning");
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
