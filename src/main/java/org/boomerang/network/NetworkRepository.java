package org.boomerang.network;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.boomerang.graph.Queries;
import org.boomerang.mentoring.NetworkLevel;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Repository;

/**
 * The graph side of the coordinator's network: the mentorships of a window (streamed),
 * place names, skill gaps, and the watermark that tells whether transfers arrived.
 */
@Repository
class NetworkRepository {

	private final Driver driver;

	private final Queries queries;

	NetworkRepository(Driver driver, Queries queries) {
		this.driver = driver;
		this.queries = queries;
	}

	/**
	 * Streams the mentorships that ran during a window, with both people's places now.
	 */
	void mentorships(NetworkLevel level, LocalDate since, LocalDate until, Consumer<MentorshipRow> rows) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("since", since);
		parameters.put("until", until);
		parameters.put("level", level.name());
		try (Session session = this.driver.session(Queries.READ_SESSION); Transaction tx = session.beginTransaction()) {
			Result result = tx.run(this.queries.get("network/window-mentorships"), parameters);
			while (result.hasNext()) {
				Record r = result.next();
				rows.accept(new MentorshipRow(r.get("mentor").asString(), ids(r, "mentorPlaces"),
						r.get("mentee").asString(), ids(r, "menteePlaces")));
			}
			tx.commit();
		}
	}

	/** Names of places of a level by id; unknown ids are left out. */
	Map<String, String> placeNames(NetworkLevel level, Collection<String> ids) {
		Map<String, String> names = new HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		this.driver.executableQuery(this.queries.get("network/place-names"))
			.withParameters(Map.of("ids", List.copyOf(ids), "level", level.name()))
			.withConfig(Queries.READ)
			.execute()
			.records()
			.forEach((r) -> names.put(r.get("id").asString(), r.get("name").asString()));
		return names;
	}

	boolean placeExists(NetworkLevel level, String id) {
		return this.driver.executableQuery(this.queries.get("network/place-exists"))
			.withParameters(Map.of("id", id, "level", level.name()))
			.withConfig(Queries.READ)
			.execute()
			.records()
			.get(0)
			.get("found")
			.asBoolean();
	}

	/** Of these people, those affiliated with the institution today. */
	Set<String> affiliatedNow(String institution, Collection<String> people) {
		Set<String> found = new HashSet<>();
		if (people.isEmpty()) {
			return found;
		}
		this.driver.executableQuery(this.queries.get("network/affiliated-now"))
			.withParameters(Map.of("ids", List.copyOf(people), "institution", institution))
			.withConfig(Queries.READ)
			.execute()
			.records()
			.forEach((r) -> found.add(r.get("id").asString()));
		return found;
	}

	/** Skills wanted in a place, fewest teachers inside first, then most wanters. */
	List<GapRow> skillGaps(NetworkLevel level, String place) {
		List<GapRow> gaps = new ArrayList<>();
		this.driver.executableQuery(this.queries.get("network/skill-gaps"))
			.withParameters(Map.of("place", place, "level", level.name()))
			.withConfig(Queries.READ)
			.execute()
			.records()
			.forEach((r) -> gaps.add(new GapRow(r.get("skill").asString(), r.get("wanters").asInt(),
					r.get("teachersInside").asInt(), r.get("teachersElsewhere").asInt(),
					r.get("sources")
						.asList((s) -> new Source(s.get("id").asString(), s.get("name").asString(),
								s.get("teachers").asInt())))));
		return gaps;
	}

	Watermark watermark() {
		Record r = this.driver.executableQuery(this.queries.get("network/watermark"))
			.withConfig(Queries.READ)
			.execute()
			.records()
			.get(0);
		return new Watermark(r.get("total").asLong(),
				r.get("latest").isNull() ? null : r.get("latest").asZonedDateTime());
	}

	/** The days of the transfers written after a moment, with how many on each. */
	Map<LocalDate, Integer> transferDaysAfter(ZonedDateTime after) {
		Map<LocalDate, Integer> days = new HashMap<>();
		this.driver.executableQuery(this.queries.get("network/transfer-days-after"))
			.withParameters(Map.of("after", after))
			.withConfig(Queries.READ)
			.execute()
			.records()
			.forEach((r) -> days.put(r.get("on").asLocalDate(), r.get("transfers").asInt()));
		return days;
	}

	private static List<String> ids(Record r, String key) {
		return r.get(key).asList(Value::asString);
	}

	/**
	 * A mentorship of a window with the places of its two people now.
	 *
	 * @param mentor mentor id
	 * @param mentorPlaces the mentor's places
	 * @param mentee mentee id
	 * @param menteePlaces the mentee's places
	 */
	record MentorshipRow(String mentor, List<String> mentorPlaces, String mentee, List<String> menteePlaces) {
	}

	/**
	 * A skill wanted in a place.
	 *
	 * @param skill skill id
	 * @param wanters people of the place who want it
	 * @param teachersInside people of the place who can teach it
	 * @param teachersElsewhere people outside who can teach it
	 * @param sources the places of those outside, most teachers first
	 */
	record GapRow(String skill, int wanters, int teachersInside, int teachersElsewhere, List<Source> sources) {
	}

	/**
	 * A place teachers are in.
	 *
	 * @param id its id
	 * @param name its name
	 * @param teachers how many teachers
	 */
	record Source(String id, String name, int teachers) {
	}

	/**
	 * How many transfers the graph holds and when the newest was written.
	 *
	 * @param total number of transfers
	 * @param latest the newest {@code createdAt}, or null
	 */
	record Watermark(long total, ZonedDateTime latest) {
	}

}
