package org.boomerang.mentoring;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
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
import org.boomerang.security.Reader;
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

	/**
	 * The mentorships with these ids that the reader may read
	 * ({@code mentoring/readable-mentorship}); the others are left out.
	 */
	Map<String, Mentorship> mentorships(Collection<String> ids, Reader reader) {
		Map<String, Mentorship> found = new LinkedHashMap<>();
		if (!ids.isEmpty()) {
			read("mentoring/mentorships-by-ids", Map.of("ids", List.copyOf(ids), "reader", reader.asParameter()))
				.forEach((r) -> {
					Mentorship m = mentorship(r.get("mentorship"));
					found.put(m.id(), m);
				});
		}
		return found;
	}

	Optional<Mentorship> mentorship(String id, Reader reader) {
		return Optional.ofNullable(mentorships(List.of(id), reader).get(id));
	}

	/**
	 * The transfers with these ids that the reader may read
	 * ({@code mentoring/readable-transfer}); the others are left out.
	 */
	Map<String, Transfer> transfers(Collection<String> ids, Reader reader) {
		Map<String, Transfer> found = new LinkedHashMap<>();
		if (!ids.isEmpty()) {
			read("mentoring/transfers-by-ids", Map.of("ids", List.copyOf(ids), "reader", reader.asParameter()))
				.forEach((r) -> {
					Transfer t = transfer(r.get("transfer"));
					found.put(t.id(), t);
				});
		}
		return found;
	}

	/**
	 * One page of the mentorships that match a filter and the reader may read, in id
	 * order.
	 */
	IdPage<Mentorship> mentorshipPage(MentorshipFilter filter, int size, String after, Reader reader) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("programme", filter.programme());
		parameters.put("active", filter.active());
		parameters.put("direction", (filter.direction() != null) ? filter.direction().name() : null);
		parameters.put("origin", (filter.originValue() != null) ? filter.originValue().name() : null);
		parameters.put("person", filter.person());
		parameters.put("reader", reader.asParameter());
		return page("mentorships", "mentoring/mentorships-page", parameters, size, after,
				(ids) -> mentorships(ids, reader), Mentorship::id);
	}

	/**
	 * One page of the transfers that match the arguments (null matches all) and the
	 * reader may read, in id order.
	 */
	IdPage<Transfer> transferPage(LocalDate since, LocalDate until, String person, String skill, int size, String after,
			Reader reader) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("since", since);
		parameters.put("until", until);
		parameters.put("person", person);
		parameters.put("skill", skill);
		parameters.put("reader", reader.asParameter());
		return page("transfers", "mentoring/transfers-page", parameters, size, after, (ids) -> transfers(ids, reader),
				Transfer::id);
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

	/**
	 * Who may change a stored mentorship: its two people and its programme's
	 * coordinators.
	 */
	Optional<Access> mentorshipAccess(String id) {
		return read("mentoring/mentorship-access", Map.of("id", id)).stream()
			.findFirst()
			.map((r) -> new Access(r.get("participants").asList(Value::asString),
					r.get("coordinators").asList(Value::asString)));
	}

	/** The coordinators of the programmes both people are enrolled in. */
	List<String> pairCoordinators(String mentor, String mentee) {
		return read("mentoring/pair-coordinators", Map.of("mentor", mentor, "mentee", mentee)).stream()
			.findFirst()
			.map((r) -> r.get("coordinators").asList(Value::asString))
			.orElse(List.of());
	}

	/** A stored transfer's teacher and learner (ids of erased people are anonymous). */
	Optional<Sides> transferSides(String id) {
		return read("mentoring/transfer-access", Map.of("id", id)).stream()
			.findFirst()
			.map((r) -> new Sides(r.get("teacher").asString(), r.get("learner").asString()));
	}

	/**
	 * The learner's confirmation of a transfer, with its audit entry, in one transaction.
	 */
	void confirm(String id, Integer rating, String notes, Map<String, Object> audit) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("rating", rating);
		parameters.put("notes", notes);
		parameters.put("audit", audit);
		parameters.put("now", ZonedDateTime.now(ZoneOffset.UTC));
		this.driver.executableQuery(this.queries.get("mentoring/confirm-transfer"))
			.withParameters(parameters)
			.execute();
	}

	/**
	 * Who may change a mentorship.
	 *
	 * @param participants its mentor and mentee
	 * @param coordinators the coordinators of its programme
	 */
	record Access(List<String> participants, List<String> coordinators) {
	}

	/**
	 * The two sides of a transfer.
	 *
	 * @param teacher who taught
	 * @param learner who learned
	 */
	record Sides(String teacher, String learner) {
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
