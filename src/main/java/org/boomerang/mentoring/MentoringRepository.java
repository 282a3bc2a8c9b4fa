package org.boomerang.mentoring;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.boomerang.api.IdPage;
import org.boomerang.graph.Queries;
import org.boomerang.model.CareerStage;
import org.boomerang.model.MentoringDirection;
import org.boomerang.model.MentorshipOrigin;
import org.boomerang.model.TransferFormat;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Repository;

/**
 * Reads mentorships and transfers, many at a time. Writes go through the import service,
 * so they follow the rules of the import document.
 */
@Repository
class MentoringRepository {

	private final Driver driver;

	private final Queries queries;

	MentoringRepository(Driver driver, Queries queries) {
		this.driver = driver;
		this.queries = queries;
	}

	Map<String, Mentorship> mentorships(Collection<String> ids) {
		Map<String, Mentorship> found = new LinkedHashMap<>();
		if (!ids.isEmpty()) {
			read("mentoring/mentorships-by-ids", Map.of("ids", List.copyOf(ids))).forEach((r) -> {
				Mentorship m = mentorship(r.get("mentorship"));
				found.put(m.id(), m);
			});
		}
		return found;
	}

	Optional<Mentorship> mentorship(String id) {
		return Optional.ofNullable(mentorships(List.of(id)).get(id));
	}

	Map<String, Transfer> transfers(Collection<String> ids) {
		Map<String, Transfer> found = new LinkedHashMap<>();
		if (!ids.isEmpty()) {
			read("mentoring/transfers-by-ids", Map.of("ids", List.copyOf(ids))).forEach((r) -> {
				Transfer t = transfer(r.get("transfer"));
				found.put(t.id(), t);
			});
		}
		return found;
	}

	/**
	 * One page of the mentorships that match a filter, in id order.
	 */
	IdPage<Mentorship> mentorshipPage(MentorshipFilter filter, int size, String after) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("programme", filter.programme());
		parameters.put("active", filter.active());
		parameters.put("direction", (filter.direction() != null) ? filter.direction().name() : null);
		parameters.put("origin", (filter.originValue() != null) ? filter.originValue().name() : null);
		parameters.put("person", filter.person());
		return page("mentorships", "mentoring/mentorships-page", parameters, size, after, this::mentorships,
				Mentorship::id);
	}

	/**
	 * One page of the transfers that match the arguments (null matches all), in id order.
	 */
	IdPage<Transfer> transferPage(LocalDate since, LocalDate until, String person, String skill, int size,
			String after) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("since", since);
		parameters.put("until", until);
		parameters.put("person", person);
		parameters.put("skill", skill);
		return page("transfers", "mentoring/transfers-page", parameters, size, after, this::transfers, Transfer::id);
	}

	private <T> IdPage<T> page(String list, String query, Map<String, Object> parameters, int size, String after,
			Function<Collection<String>, Map<String, T>> byIds, Function<T, String> id) {
		parameters.put("after", IdPage.after(list, after));
		// One more than asked tells whether another page follows (also for first: 0).
		parameters.put("limit", size + 1);
		List<String> ids = read(query, parameters).stream().map((r) -> r.get("id").asString()).toList();
		Map<String, T> found = byIds.apply(ids);
		return IdPage.of(list, ids.stream().map(found::get).filter(Objects::nonNull).toList(), size, id);
	}

	/**
	 * The ids of the transfers inside each mentorship, oldest first.
	 */
	Map<String, List<String>> transferIdsOfMentorships(Collection<String> ids) {
		Map<String, List<String>> found = new LinkedHashMap<>();
		read("mentoring/transfers-of-mentorships", Map.of("ids", List.copyOf(ids)))
			.forEach((r) -> found.put(r.get("mentorship").asString(), r.get("transfers").asList(Value::asString)));
		return found;
	}

	/**
	 * A stored mentorship as the fields of an import-document mentorship.
	 */
	Optional<Map<String, Object>> mentorshipAsDocument(String id) {
		List<Record> records = read("mentoring/mentorship-for-update", Map.of("id", id));
		if (records.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Object> fields = new LinkedHashMap<>();
		records.get(0).asMap().forEach((key, value) -> {
			if (value != null) {
				fields.put(key, value);
			}
		});
		return Optional.of(fields);
	}

	private List<Record> read(String query, Map<String, Object> parameters) {
		return this.driver.executableQuery(this.queries.get(query))
			.withParameters(parameters)
			.withConfig(Queries.READ)
			.execute()
			.records();
	}

	private static Mentorship mentorship(Value m) {
		return new Mentorship(m.get("id").asString(), m.get("mentor").asString(), m.get("mentee").asString(),
				m.get("skills").asList(Value::asString), MentoringDirection.valueOf(m.get("direction").asString()),
				m.get("reciprocal").asBoolean(),
				MentorshipOrigin.valueOf(m.get("origin").asString(MentorshipOrigin.SELF_IDENTIFIED.name())),
				m.get("program").asString(null), m.get("goals").asString(null), m.get("startedOn").asLocalDate(),
				m.get("endedOn").isNull() ? null : m.get("endedOn").asLocalDate(),
				CareerStage.valueOf(m.get("mentorStage").asString()),
				CareerStage.valueOf(m.get("menteeStage").asString()));
	}

	private static Transfer transfer(Value t) {
		return new Transfer(t.get("id").asString(), t.get("from").asString(), t.get("to").asString(),
				t.get("skill").asString(), t.get("on").asLocalDate(),
				t.get("at").isNull() ? null : t.get("at").asOffsetDateTime(), t.get("mentorship").asString(null),
				TransferFormat.valueOf(t.get("format").asString("ONE_TO_ONE")),
				t.get("minutes").isNull() ? null : t.get("minutes").asInt(),
				new Transfer.Outcome(t.get("rating").isNull() ? null : t.get("rating").asInt(),
						t.get("learnerConfirmed").isNull() ? null : t.get("learnerConfirmed").asBoolean(),
						t.get("notes").asString(null)),
				MentoringDirection.valueOf(t.get("direction").asString()),
				CareerStage.valueOf(t.get("fromStage").asString()), CareerStage.valueOf(t.get("toStage").asString()),
				context(t, "from"), context(t, "to"));
	}

	private static Transfer.Context context(Value t, String side) {
		return new Transfer.Context(ids(t.get(side + "Communities")), ids(t.get(side + "Professions")),
				ids(t.get(side + "Institutions")));
	}

	private static List<String> ids(Value list) {
		return list.isNull() ? List.of() : list.asList(Value::asString);
	}

}
