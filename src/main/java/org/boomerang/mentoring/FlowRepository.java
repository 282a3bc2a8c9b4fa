package org.boomerang.mentoring;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.boomerang.graph.Queries;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Repository;

/**
 * The graph side of knowledge flows: how many transfers there are, the transfers written
 * since a moment (streamed), and the names of flow endpoints.
 */
@Repository
class FlowRepository {

	private final Driver driver;

	private final Queries queries;

	FlowRepository(Driver driver, Queries queries) {
		this.driver = driver;
		this.queries = queries;
	}

	Watermark watermark() {
		Record r = this.driver.executableQuery(this.queries.get("mentoring/flow-watermark"))
			.withConfig(Queries.READ)
			.execute()
			.records()
			.get(0);
		return new Watermark(r.get("total").asLong(),
				r.get("latest").isNull() ? null : r.get("latest").asZonedDateTime());
	}

	/**
	 * Streams the transfers written after a moment (all with {@code null}) to a consumer,
	 * without holding them all in memory.
	 */
	void transfersAfter(ZonedDateTime after, Consumer<FlowRow> rows) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("after", after);
		try (Session session = this.driver.session(Queries.READ_SESSION); Transaction tx = session.beginTransaction()) {
			Result result = tx.run(
					this.queries.get((after != null) ? "mentoring/flow-transfers-after" : "mentoring/flow-transfers"),
					parameters);
			while (result.hasNext()) {
				Record r = result.next();
				rows.accept(new FlowRow(r.get("createdAt").isNull() ? null : r.get("createdAt").asZonedDateTime(),
						r.get("on").asLocalDate(), r.get("from").asString(), r.get("to").asString(),
						r.get("skill").asString(),
						List.of(ids(r, "fromCommunities"), ids(r, "fromProfessions"), ids(r, "fromInstitutions")),
						List.of(ids(r, "toCommunities"), ids(r, "toProfessions"), ids(r, "toInstitutions")),
						r.get("direction").asString(null), r.get("mentorship").asString(null),
						r.get("mentor").asString(null), r.get("mentee").asString(null)));
			}
			tx.commit();
		}
	}

	Map<String, String> endpointNames(NetworkLevel level, List<String> ids) {
		Map<String, String> names = new HashMap<>();
		this.driver.executableQuery(this.queries.get("mentoring/flow-endpoints"))
			.withParameters(Map.of("ids", ids, "level", level.name()))
			.withConfig(Queries.READ)
			.execute()
			.records()
			.forEach((r) -> names.put(r.get("id").asString(), r.get("name").asString()));
		return names;
	}

	private static List<String> ids(Record r, String key) {
		return r.get(key).asList(Value::asString);
	}

	/**
	 * How many transfers the graph holds and when the newest was written.
	 *
	 * @param total number of transfers
	 * @param latest the newest {@code createdAt}, or null without transfers
	 */
	record Watermark(long total, ZonedDateTime latest) {
	}

	/**
	 * What the flow index keeps of one transfer.
	 *
	 * @param createdAt when it was written
	 * @param on its day
	 * @param from teacher id
	 * @param to learner id
	 * @param skill skill id
	 * @param fromContext the teacher's community, profession and institution ids on the
	 * day (in {@link NetworkLevel} order)
	 * @param toContext the learner's, likewise
	 * @param direction REVERSE, TRADITIONAL, PEER or null
	 * @param mentorship the mentorship it happened in, or null
	 * @param mentor that mentorship's mentor, or null
	 * @param mentee that mentorship's mentee, or null
	 */
	record FlowRow(ZonedDateTime createdAt, LocalDate on, String from, String to, String skill,
			List<List<String>> fromContext, List<List<String>> toContext, String direction, String mentorship,
			String mentor, String mentee) {

		FlowRow(ZonedDateTime createdAt, LocalDate on, String from, String to, String skill,
				List<List<String>> fromContext, List<List<String>> toContext) {
			this(createdAt, on, from, to, skill, fromContext, toContext, null, null, null, null);
		}

	}

}
