package org.boomerang.importing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.boomerang.graph.Queries;
import org.boomerang.model.CareerStage;
import org.boomerang.model.MentoringCapacity;
import org.neo4j.driver.Driver;
import org.neo4j.driver.EagerResult;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Repository;

/**
 * The graph side of importing: looks up what a document refers to, and writes batches of
 * rows with {@code UNWIND} upserts, each batch in its own retried write transaction.
 */
@Repository
class ImportRepository {

	private static final QueryConfig WRITE = QueryConfig.builder().withRouting(RoutingControl.WRITE).build();

	private final Driver driver;

	private final Queries queries;

	ImportRepository(Driver driver, Queries queries) {
		this.driver = driver;
		this.queries = queries;
	}

	/**
	 * Which of the given ids exist in the graph, per kind.
	 */
	Map<Kind, Set<String>> existing(Map<Kind, Set<String>> wanted) {
		Map<String, Object> parameters = new HashMap<>();
		for (Kind kind : Kind.values()) {
			if (kind != Kind.TRANSFERS) {
				parameters.put(kind.key(), new ArrayList<>(wanted.getOrDefault(kind, Set.of())));
			}
		}
		Record record = read("importing/existing-ids", parameters).records().get(0);
		Map<Kind, Set<String>> found = new HashMap<>();
		for (Kind kind : Kind.values()) {
			if (kind != Kind.TRANSFERS) {
				found.put(kind, new HashSet<>(record.get(kind.key()).asList(Value::asString)));
			}
		}
		return found;
	}

	Map<String, String> transferHashes(Collection<String> ids) {
		Map<String, String> hashes = new HashMap<>();
		read("importing/existing-transfers", Map.of("ids", List.copyOf(ids))).records()
			.forEach((r) -> hashes.put(r.get("id").asString(), r.get("hash").asString(null)));
		return hashes;
	}

	Map<String, String[]> mentorshipPairs(Collection<String> ids) {
		Map<String, String[]> pairs = new HashMap<>();
		read("importing/mentorship-pairs", Map.of("ids", List.copyOf(ids))).records()
			.forEach((r) -> pairs.put(r.get("id").asString(),
					new String[] { r.get("mentor").asString(), r.get("mentee").asString() }));
		return pairs;
	}

	Map<String, List<String>> storedBroader(Collection<String> from, Collection<String> redefined) {
		Map<String, List<String>> edges = new HashMap<>();
		read("importing/skill-ancestry", Map.of("ids", List.copyOf(from), "redefined", List.copyOf(redefined)))
			.records()
			.forEach((r) -> edges.computeIfAbsent(r.get("skill").asString(), (k) -> new ArrayList<>())
				.add(r.get("broader").asString()));
		return edges;
	}

	/**
	 * Upserts one batch of one kind, and records the import's audit entry in the same
	 * transaction ({@code audit/record-write}).
	 * @return the ids created and the ids updated (unchanged rows are in neither)
	 */
	Written upsert(Kind kind, List<Map<String, Object>> rows, Map<String, Object> audit) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("rows", rows);
		parameters.put("now", ZonedDateTime.now(ZoneOffset.UTC));
		parameters.put("ranks", CareerStage.ranks());
		parameters.put("defaultCapacity", MentoringCapacity.DEFAULT);
		parameters.put("updatedBy", audit.get("subject"));
		String upsert = this.queries.get("importing/upsert-" + kind.key());
		// Follow-up statements (importing/link-<kind>-N-...) replace the lists of changed
		// entities.
		// Several small statements plan in milliseconds where one statement with many
		// subqueries
		// took seconds, and the planner re-plans whenever a bulk import shifts the
		// statistics.
		List<String> followUps = this.queries.all()
			.entrySet()
			.stream()
			.filter((e) -> e.getKey().startsWith("importing/link-" + kind.key() + "-"))
			.map(Map.Entry::getValue)
			.toList();
		try (Session session = this.driver.session(
				SessionConfig.builder().withBookmarkManager(this.driver.executableQueryBookmarkManager()).build())) {
			return session.executeWrite((tx) -> {
				Record record = tx.run(upsert, parameters).single();
				tx.run(this.queries.get("audit/record-write"), Map.of("audit", audit, "now", parameters.get("now")))
					.consume();
				List<Refused> refused = record.containsKey("refused") ? record.get("refused")
					.asList((r) -> new Refused(r.get("id").asString(), r.get("mentor").asString(),
							r.get("active").asInt(), r.get("capacity").asInt()))
						: List.of();
				Written written = new Written(record.get("created").asList(Value::asString),
						record.get("updated").asList(Value::asString), refused);
				if (!followUps.isEmpty() && written.any()) {
					Set<String> changed = new HashSet<>(written.created());
					changed.addAll(written.updated());
					Map<String, Object> changedRows = new HashMap<>(parameters);
					changedRows.put("rows", rows.stream().filter((row) -> changed.contains(row.get("id"))).toList());
					for (String followUp : followUps) {
						tx.run(followUp, changedRows).consume();
					}
				}
				return written;
			});
		}
	}

	/** The most changed ids an audit entry names. */
	static final int MAX_AUDIT_TARGETS = 100;

	/**
	 * Ends an import's audit entry with its counts and the ids it created or changed.
	 */
	void completeAudit(String id, String status, Map<String, ImportResult.Counts> counts, List<String> targets) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("status", status);
		parameters.put("now", ZonedDateTime.now(ZoneOffset.UTC));
		parameters.put("kinds", List.copyOf(counts.keySet()));
		parameters.put("created", counts.values().stream().map(ImportResult.Counts::created).toList());
		parameters.put("updated", counts.values().stream().map(ImportResult.Counts::updated).toList());
		parameters.put("unchanged", counts.values().stream().map(ImportResult.Counts::unchanged).toList());
		parameters.put("targets", targets.stream().limit(MAX_AUDIT_TARGETS).toList());
		this.driver.executableQuery(this.queries.get("audit/complete"))
			.withParameters(parameters)
			.withConfig(WRITE)
			.execute();
	}

	/**
	 * Each mentor's capacity and the ids of the mentorships holding one of their places
	 * on the given day.
	 */
	Map<String, MentorLoad> mentorLoads(Collection<String> mentors, LocalDate today) {
		Map<String, MentorLoad> loads = new HashMap<>();
		read("importing/mentor-loads",
				Map.of("ids", List.copyOf(mentors), "today", today, "defaultCapacity", MentoringCapacity.DEFAULT))
			.records()
			.forEach((r) -> loads.put(r.get("id").asString(),
					new MentorLoad(r.get("capacity").asInt(), new HashSet<>(r.get("active").asList(Value::asString)))));
		return loads;
	}

	void linkSkills(List<Map<String, Object>> rows) {
		write("importing/link-skills", Map.of("rows", rows));
	}

	private EagerResult read(String query, Map<String, Object> parameters) {
		return this.driver.executableQuery(this.queries.get(query))
			.withParameters(parameters)
			.withConfig(Queries.READ)
			.execute();
	}

	private EagerResult write(String query, Map<String, Object> parameters) {
		return this.driver.executableQuery(this.queries.get(query))
			.withParameters(parameters)
			.withConfig(WRITE)
			.execute();
	}

	/**
	 * What one batch changed.
	 *
	 * @param created ids of new entities
	 * @param updated ids of entities whose content changed
	 * @param refused mentorships left unwritten because their mentor had no free place
	 */
	record Written(List<String> created, List<String> updated, List<Refused> refused) {

		boolean any() {
			return !this.created.isEmpty() || !this.updated.isEmpty();
		}

	}

	/**
	 * A mentorship that the write refused: its mentor's places were all taken when the
	 * mentor was locked (another write took the last one after validation).
	 *
	 * @param id the mentorship
	 * @param mentor its mentor
	 * @param active the mentor's other active mentorships
	 * @param capacity the mentor's mentoring capacity
	 */
	record Refused(String id, String mentor, int active, int capacity) {
	}

	/**
	 * A mentor's capacity and the mentorships that hold a place today.
	 *
	 * @param capacity how many active mentorships they will hold as mentor
	 * @param active ids of their active mentorships as mentor
	 */
	record MentorLoad(int capacity, Set<String> active) {
	}

}
