package org.boomerang.person;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.boomerang.api.BadRequestException;
import org.boomerang.api.PageInfo;
import org.boomerang.graph.BatchReads;
import org.boomerang.graph.Queries;
import org.boomerang.model.CareerStage;
import org.boomerang.model.MentoringCapacity;
import org.boomerang.model.Visibility;
import org.boomerang.security.Reader;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Repository;

/**
 * Reads people: by id, many at a time (the one way other features turn person ids into
 * {@link Person} records), and page by page in a stable order (name, then id) with opaque
 * keyset cursors, so a page costs the same wherever it starts and nobody is skipped or
 * repeated when others are added meanwhile.
 */
@Repository
public class PersonRepository {

	/** The most people one page may hold. */
	static final int MAX_FIRST = 100;

	static final int MAX_SEARCH = 200;

	private static final String CURSOR_PREFIX = "person/1\n";

	private final Driver driver;

	private final String page;

	private final String searchPage;

	private final String count;

	private final String countSearch;

	private final BatchReads reads;

	private final String byIds;

	private final String profile;

	private final String visibleByIds;

	private final String erase;

	PersonRepository(Driver driver, BatchReads reads, Queries queries) {
		this.driver = driver;
		this.reads = reads;
		this.byIds = queries.get("person/people-by-ids");
		this.page = queries.get("person/people-page");
		this.searchPage = queries.get("person/people-search-page");
		this.count = queries.get("person/count-people");
		this.countSearch = queries.get("person/count-people-search");
		this.profile = queries.get("person/profile-as-input");
		this.visibleByIds = queries.get("person/visible-people-by-ids");
		this.erase = queries.get("person/erase");
	}

	/**
	 * The people with these ids, whoever reads: only for people a rule of its own has
	 * already admitted (the two sides of a mentorship or transfer the reader may read,
	 * the teachers a search offered, what an authorised write just wrote). Answers to a
	 * reader go through {@link #visibleByIds}.
	 * @param ids person ids
	 * @return people by id; ids not found are left out
	 */
	public Map<String, Person> byIds(Collection<String> ids) {
		return this.reads.byIds(this.byIds, ids, "person", PersonRepository::map, Person::id);
	}

	/**
	 * The people with these ids that the reader may see ({@code person/visible}); the
	 * others are left out as if they did not exist.
	 * @param ids person ids
	 * @param reader who reads
	 * @return people by id
	 */
	public Map<String, Person> visibleByIds(Collection<String> ids, Reader reader) {
		Map<String, Person> found = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		this.driver.executableQuery(this.visibleByIds)
			.withParameters(Map.of("ids", List.copyOf(ids), "reader", reader.asParameter()))
			.withConfig(Queries.READ)
			.execute()
			.records()
			.forEach((r) -> {
				Person person = map(r.get("person"));
				found.put(person.id(), person);
			});
		return found;
	}

	/**
	 * One person.
	 * @param id the person's id
	 * @return the person, if there is one with that id
	 */
	public Optional<Person> byId(String id) {
		return Optional.ofNullable(byIds(List.of(id)).get(id));
	}

	/**
	 * Reads a person projection ({@code {.id, .name, .careerStage, .email, .orcid, .bio,
	 * .startedPracticeYear, .mentoringCapacity, .visibility, .createdAt, .updatedAt}}),
	 * so other features' repositories can return people from their own queries.
	 * @param p the projected map
	 * @return the person
	 */
	public static Person map(Value p) {
		return new Person(p.get("id").asString(), p.get("name").asString(),
				CareerStage.valueOf(p.get("careerStage").asString()), p.get("email").asString(null),
				p.get("orcid").asString(null), p.get("bio").asString(null),
				p.get("startedPracticeYear").isNull() ? null : p.get("startedPracticeYear").asInt(),
				p.get("mentoringCapacity").asInt(MentoringCapacity.DEFAULT),
				Visibility.valueOf(p.get("visibility").asString(Visibility.NETWORK.name())),
				p.get("createdAt").isNull() ? null : p.get("createdAt").asOffsetDateTime(),
				p.get("updatedAt").isNull() ? null : p.get("updatedAt").asOffsetDateTime());
	}

	/**
	 * A person as an import-document person, every field and list as stored.
	 * @param id the person's id
	 * @return the fields by their import names (dates as {@code java.time} values), or
	 * empty when there is no such person
	 */
	Optional<Map<String, Object>> asInput(String id) {
		return this.driver.executableQuery(this.profile)
			.withParameters(Map.of("id", id))
			.withConfig(Queries.READ)
			.execute()
			.records()
			.stream()
			.findFirst()
			.map((r) -> {
				Map<String, Object> input = new LinkedHashMap<>(r.get("person").asMap());
				for (String list : List.of("professions", "affiliations", "communities", "skills", "wantsToLearn")) {
					input.put(list, r.get(list).asList(Value::asObject));
				}
				return input;
			});
	}

	/**
	 * Erases a person ({@code person/erase}): one transaction, with its audit entry.
	 * @param id the person's id
	 * @param anonymous the id of the anonymous node their transfers and mentorships keep
	 * @param audit the audit entry ({@code audit.Auditor})
	 * @return whether there was such a person
	 */
	boolean erase(String id, String anonymous, Map<String, Object> audit) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("anonymous", anonymous);
		parameters.put("now", ZonedDateTime.now(ZoneOffset.UTC));
		parameters.put("audit", audit);
		return !this.driver.executableQuery(this.erase).withParameters(parameters).execute().records().isEmpty();
	}

	PersonConnection page(String search, Integer first, String after, Reader reader) {
		int size = (first != null) ? first : 20;
		if (size < 0 || size > MAX_FIRST) {
			throw new BadRequestException("first must be between 0 and " + MAX_FIRST + ", not " + size
					+ "; page through longer lists with after: pageInfo.endCursor");
		}
		String text = normalise(search);
		String[] position = (after != null) ? decode(after) : new String[] { "", "" };
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("afterName", position[0]);
		parameters.put("afterId", position[1]);
		parameters.put("limit", size + 1);
		parameters.put("reader", reader.asParameter());
		if (text != null) {
			parameters.put("search", text);
		}
		List<Person> people = new ArrayList<>();
		// One more than asked tells whether another page follows (also for first: 0).
		this.driver.executableQuery((text != null) ? this.searchPage : this.page)
			.withParameters(parameters)
			.withConfig(Queries.READ)
			.execute()
			.records()
			.forEach((r) -> people.add(map(r.get("person"))));
		boolean more = people.size() > size;
		List<PersonConnection.Edge> edges = people.stream()
			.limit(size)
			.map((p) -> new PersonConnection.Edge(encode(p), p))
			.toList();
		String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		return new PersonConnection(edges, new PageInfo(more, end), text);
	}

	int totalCount(String search, Reader reader) {
		Map<String, Object> parameters = (search != null) ? Map.of("search", search, "reader", reader.asParameter())
				: Map.of("reader", reader.asParameter());
		return this.driver.executableQuery((search != null) ? this.countSearch : this.count)
			.withParameters(parameters)
			.withConfig(Queries.READ)
			.execute()
			.records()
			.get(0)
			.get("total")
			.asInt();
	}

	private static String normalise(String search) {
		if (search == null || search.isBlank()) {
			return null;
		}
		String text = search.strip();
		if (text.length() > MAX_SEARCH) {
			throw new BadRequestException("search is " + text.length() + " characters long; send at most " + MAX_SEARCH
					+ " characters of the name you are looking for");
		}
		// The same lower-casing as the import's searchName, so case never matters.
		return text.toLowerCase(Locale.ROOT);
	}

	static String encode(Person person) {
		// Ids never contain a line break (import rule), so the id comes first and the
		// name
		// is the rest.
		String position = CURSOR_PREFIX + person.id() + "\n" + person.name();
		return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
	}

	static String[] decode(String cursor) {
		try {
			String position = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (position.startsWith(CURSOR_PREFIX)) {
				String rest = position.substring(CURSOR_PREFIX.length());
				int split = rest.indexOf('\n');
				if (split > 0) {
					return new String[] { rest.substring(split + 1), rest.substring(0, split) };
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		throw new BadRequestException("after: '" + abbreviate(cursor)
				+ "' is not a cursor of people; pass pageInfo.endCursor (or an edge's cursor) from a previous people answer,"
				+ " or leave after out to start from the beginning");
	}

	private static String abbreviate(String text) {
		return (text.length() <= 40) ? text : text.substring(0, 40) + "...";
	}

}
