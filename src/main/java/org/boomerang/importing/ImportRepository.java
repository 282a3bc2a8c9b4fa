package org.boomerang.importing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.boomerang.graph.Queries;
import org.boomerang.model.CareerStage;
import org.boomerang.model.MentoringCapacity;
import org.neo4j.driver.Driver;
import org.neo4j.driver.EagerResult;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Repository;

/**
 * The graph side of importing: looks up what a document refers to, and writes batches of
 * rows with {@code UNWIND} statements, each batch in its own retried write transaction
 * that checks, under locks, what the document's checks cannot settle ahead: a mentor's
 * free place, a transfer recorded meanwhile, a taxonomy cycle.
 */
@Repository
class ImportRepository {

	/** The code of a failed uniqueness constraint. */
	private static final String CONSTRAINT_FAILED = "Neo.ClientError.Schema.ConstraintValidationFailed";

	private static final QueryConfig WRITE = QueryConfig.builder().withRouting(RoutingControl.WRITE).build();

	private static final Logger log = LoggerFactory.getLogger(ImportRepository.class);

	private final Driver driver;

	private final Queries queries;

	private final Map<Kind, List<String>> followUps = new ConcurrentHashMap<>();

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

	/**
	 * Compares transfers of a document with the recorded ones.
	 * @param rows each transfer's {@code id} and content {@code hash}
	 * @return the ids not recorded, and the hashes recorded for those recorded with
	 * another hash (null when recorded without one); the others are recorded as stated
	 */
	TransferComparison compareTransfers(List<Map<String, Object>> rows) {
		Record record = read("importing/existing-transfers", Map.of("rows", rows)).records().get(0);
		Map<String, String> other = new HashMap<>();
		record.get("other")
			.asList((v) -> v)
			.forEach((pair) -> other.put(pair.get(0).asString(), pair.get(1).asString(null)));
		return new TransferComparison(new HashSet<>(record.get("absent").asList(Value::asString)), other);
	}

	/**
	 * Transfers of a document that are not recorded as stated.
	 *
	 * @param absent the ids not recorded
	 * @param other the hashes recorded with other content, by id
	 */
	record TransferComparison(Set<String> absent, Map<String, String> other) {
	}

	/**
	 * Which of the given entities the graph holds, and which exactly as stated, links
	 * included ({@code importing/unchanged-<kind>}: people and mentorships).
	 * @param kind their kind
	 * @param rows what the query needs of each ({@link DocumentSurvey#comparable})
	 * @return their ids
	 */
	Compared compare(Kind kind, List<Map<String, Object>> rows) {
		long start = System.nanoTime();
		Record record = read("importing/unchanged-" + kind.key(), Map.of("rows", rows)).records().get(0);
		Compared compared = new Compared(new HashSet<>(record.get("stored").asList(Value::asString)),
				new HashSet<>(record.get("unchanged").asList(Value::asString)));
		log.debug("{} {} compared, {} stored, {} unchanged: {} ms", rows.size(), kind.key(), compared.stored().size(),
				compared.unchanged().size(), (System.nanoTime() - start) / 1_000_000);
		return compared;
	}

	/**
	 * What the graph holds of some entities of a document.
	 *
	 * @param stored the ids it holds
	 * @param unchanged the ids it holds exactly as the document states them
	 */
	record Compared(Set<String> stored, Set<String> unchanged) {
	}

	/**
	 * Which of the given skills have exactly the broader skills stated.
	 * @param rows each skill's {@code id} and {@code broader} ids
	 * @return their ids
	 */
	Set<String> unchangedBroader(List<Map<String, Object>> rows) {
		return new HashSet<>(read("importing/unchanged-broader", Map.of("rows", rows)).records()
			.get(0)
			.get("unchanged")
			.asList(Value::asString));
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
	 * Writes one batch in one transaction: its steps in order, each an {@code UNWIND}
	 * statement over its rows (with the statements that replace the lists of the people
	 * it changed). When a step finds a conflict with what others wrote since the document
	 * was checked, the transaction is rolled back and nothing of the batch is written.
	 * The import's audit entry is written (first batch) or counted in the same
	 * transaction ({@code audit/record-write}).
	 * @param steps the batch's steps, in writing order
	 * @param audit the import's audit entry ({@code Auditor.entry})
	 * @return the ids each kind created and changed
	 * @throws WriteConflicts when the batch was rolled back
	 */
	Written write(List<Step> steps, Map<String, Object> audit) {
		try {
			return writeOnce(steps, audit);
		}
		catch (ClientException ex) {
			if (!CONSTRAINT_FAILED.equals(ex.code()) || steps.stream().noneMatch((s) -> s.stage() == Stage.CREATE)) {
				throw ex;
			}
			// Another write created one of the entities found absent when the
			// document was checked: the batch was rolled back. Write it again
			// comparing every entity with the graph.
			return writeOnce(steps.stream()
				.map((s) -> (s.stage() == Stage.CREATE) ? new Step(Stage.UPSERT, s.kind(), s.rows()) : s)
				.toList(), audit);
		}
	}

	private Written writeOnce(List<Step> steps, Map<String, Object> audit) {
		ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
		long start = System.nanoTime();
		try (Session session = this.driver.session(
				SessionConfig.builder().withBookmarkManager(this.driver.executableQueryBookmarkManager()).build())) {
			Written batch = session.executeWrite((tx) -> {
				Written written = new Written();
				for (Step step : steps) {
					long stepStart = System.nanoTime();
					switch (step.stage()) {
						case CREATE -> create(tx, step.kind(), step.rows(), now, audit, written);
						case UPSERT -> upsert(tx, step.kind(), step.rows(), now, audit, written);
						case UNLINK_BROADER -> written.changed(Kind.SKILLS, tx
							.run(this.queries.get("importing/unlink-skills"), Map.of("rows", step.rows(), "now", now))
							.single()
							.get("changed")
							.asList(Value::asString));
						case LINK_BROADER -> written.changed(Kind.SKILLS, linkBroader(tx, step.rows(), now));
					}
					if (log.isDebugEnabled()) {
						log.debug("{} {} {}: {} ms", step.stage(), step.rows().size(), step.kind().key(),
								(System.nanoTime() - stepStart) / 1_000_000);
					}
				}
				tx.run(this.queries.get("audit/record-write"), Map.of("audit", audit, "now", now)).consume();
				return written;
			});
			log.debug("batch committed: {} ms", (System.nanoTime() - start) / 1_000_000);
			return batch;
		}
	}

	/**
	 * Creates entities that were absent from the graph when the document was checked,
	 * with their links, in one statement ({@code create-<kind>}).
	 */
	private void create(TransactionContext tx, Kind kind, List<Map<String, Object>> rows, ZonedDateTime now,
			Map<String, Object> audit, Written written) {
		tx.run(this.queries.get("importing/create-" + kind.key()), parameters(rows, now, audit)).consume();
		written.created(kind, rows.stream().map((row) -> (String) row.get("id")).toList());
	}

	private static Map<String, Object> parameters(List<Map<String, Object>> rows, ZonedDateTime now,
			Map<String, Object> audit) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("rows", rows);
		parameters.put("now", now);
		parameters.put("ranks", CareerStage.ranks());
		parameters.put("defaultCapacity", MentoringCapacity.DEFAULT);
		parameters.put("updatedBy", audit.get("subject"));
		return parameters;
	}

	private void upsert(TransactionContext tx, Kind kind, List<Map<String, Object>> rows, ZonedDateTime now,
			Map<String, Object> audit, Written written) {
		Map<String, Object> parameters = parameters(rows, now, audit);
		Record record = tx.run(this.queries.get("importing/upsert-" + kind.key()), parameters).single();
		List<Conflict> conflicts = new ArrayList<>();
		if (record.containsKey("refused")) {
			record.get("refused")
				.asList((r) -> r)
				.forEach((r) -> conflicts.add(new Conflict(kind, r.get("id").asString(), ".mentor",
						ImportService.fullMessage(r.get("mentor").asString(), r.get("active").asInt(),
								r.get("capacity").asInt())
								+ " (another write took the last place after the document was checked)")));
		}
		if (record.containsKey("conflicts")) {
			record.get("conflicts")
				.asList(Value::asString)
				.forEach((id) -> conflicts.add(new Conflict(kind, id, "",
						DocumentSurvey.conflictMessage(id) + " (it was recorded after the document was checked)")));
		}
		if (!conflicts.isEmpty()) {
			throw new WriteConflicts(conflicts);
		}
		List<String> created = record.get("created").asList(Value::asString);
		List<String> updated = record.get("updated").asList(Value::asString);
		written.created(kind, created);
		written.changed(kind, updated);
		// The link-<kind>-N-... statements replace the lists of the entities created or
		// changed. Several small statements plan in milliseconds where one statement with
		// many subqueries took seconds, and the planner plans again whenever a bulk
		// import
		// shifts the statistics.
		List<String> followUps = this.followUps.computeIfAbsent(kind, this::followUps);
		if (!followUps.isEmpty() && (!created.isEmpty() || !updated.isEmpty())) {
			Set<String> changed = new HashSet<>(created);
			changed.addAll(updated);
			Map<String, Object> changedRows = new HashMap<>(parameters);
			changedRows.put("rows", (changed.size() == rows.size()) ? rows
					: rows.stream().filter((row) -> changed.contains(row.get("id"))).toList());
			for (String followUp : followUps) {
				tx.run(followUp, changedRows).consume();
			}
		}
	}

	private List<String> followUps(Kind kind) {
		return this.queries.all()
			.entrySet()
			.stream()
			.filter((e) -> e.getKey().startsWith("importing/link-" + kind.key() + "-"))
			.sorted(Map.Entry.comparingByKey())
			.map(Map.Entry::getValue)
			.toList();
	}

	/**
	 * Adds the broader links that the rows state and the graph lacks. The skills linked
	 * are locked, then the taxonomy above their new broader skills is read a level at a
	 * time, each level locked before its links are read, and checked for cycles with the
	 * new links. Every write that adds links locks the skills it links first, so the
	 * links read cannot change until this transaction ends: of two transactions whose
	 * links would close a cycle together, one waits for the other and then sees its
	 * links.
	 * @return the skills that got links
	 * @throws WriteConflicts when a new link would close a cycle
	 */
	private List<String> linkBroader(TransactionContext tx, List<Map<String, Object>> rows, ZonedDateTime now) {
		List<Map<String, Object>> missing = tx.run(this.queries.get("importing/missing-broader"), Map.of("rows", rows))
			.list((r) -> Map.<String, Object>of("skill", r.get("skill").asString(), "broader",
					r.get("broader").asString()));
		if (missing.isEmpty()) {
			return List.of();
		}
		Set<String> children = new TreeSet<>();
		Set<String> parents = new TreeSet<>();
		missing.forEach((edge) -> {
			children.add((String) edge.get("skill"));
			parents.add((String) edge.get("broader"));
		});
		lock(tx, children);
		Set<String> locked = new HashSet<>(children);
		Map<String, List<String>> edges = new HashMap<>();
		Set<String> visited = new HashSet<>(parents);
		Set<String> level = new TreeSet<>(parents);
		while (!level.isEmpty()) {
			Set<String> toLock = new TreeSet<>(level);
			toLock.removeAll(locked);
			lock(tx, toLock);
			locked.addAll(toLock);
			Set<String> next = new TreeSet<>();
			tx.run(this.queries.get("importing/broader-of"), Map.of("ids", List.copyOf(level)))
				.forEachRemaining((r) -> {
					List<String> above = r.get("broader").asList(Value::asString);
					edges.put(r.get("skill").asString(), above);
					above.stream().filter(visited::add).forEach(next::add);
				});
			level = next;
		}
		Map<String, List<String>> withNew = new HashMap<>();
		edges.forEach((skill, above) -> withNew.put(skill, new ArrayList<>(above)));
		missing.forEach((edge) -> withNew.computeIfAbsent((String) edge.get("skill"), (k) -> new ArrayList<>())
			.add((String) edge.get("broader")));
		List<List<String>> cycles = TaxonomyCycles.find(children, withNew);
		if (!cycles.isEmpty()) {
			throw new WriteConflicts(cycles.stream()
				.map((cycle) -> new Conflict(Kind.SKILLS,
						children.stream().filter(cycle::contains).findFirst().orElse(cycle.get(0)), ".broader",
						"broader links would form a cycle with links written after the document was checked: "
								+ TaxonomyCycles.describe(cycle)
								+ "; a skill cannot be (indirectly) broader than itself"))
				.toList());
		}
		return tx.run(this.queries.get("importing/link-skills"), Map.of("edges", missing, "now", now))
			.single()
			.get("changed")
			.asList(Value::asString);
	}

	private void lock(TransactionContext tx, Collection<String> skills) {
		if (!skills.isEmpty()) {
			tx.run(this.queries.get("importing/lock-skills"), Map.of("ids", List.copyOf(skills))).consume();
		}
	}

	/**
	 * Writes one batch of an HR feed's people in one transaction.
	 * @param rows the people
	 * @param feedDate the feed's date: affiliations not ended by then are current
	 * @return the ids created and changed
	 */
	Written feedPeople(List<Map<String, Object>> rows, LocalDate feedDate, Map<String, Object> audit) {
		ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
		Map<String, Object> parameters = Map.of("rows", rows, "feedDate", feedDate, "now", now, "defaultCapacity",
				MentoringCapacity.DEFAULT);
		Record record = audited(this.queries.get("importing/feed-people"), parameters, audit, now);
		Written written = new Written();
		written.created(Kind.PEOPLE, record.get("created").asList(Value::asString));
		written.changed(Kind.PEOPLE, record.get("updated").asList(Value::asString));
		return written;
	}

	/**
	 * Runs one write statement and the audit entry of the import it belongs to
	 * ({@code audit/record-write}) in one transaction.
	 * @return the statement's single record
	 */
	private Record audited(String statement, Map<String, Object> parameters, Map<String, Object> audit,
			ZonedDateTime now) {
		try (Session session = this.driver.session(
				SessionConfig.builder().withBookmarkManager(this.driver.executableQueryBookmarkManager()).build())) {
			return session.executeWrite((tx) -> {
				Record record = tx.run(statement, parameters).single();
				tx.run(this.queries.get("audit/record-write"), Map.of("audit", audit, "now", now)).consume();
				return record;
			});
		}
	}

	/**
	 * The people whose affiliation with an institution is current on a day.
	 */
	List<String> affiliated(String institution, LocalDate day) {
		return read("importing/feed-affiliated", Map.of("institution", institution, "feedDate", day)).records()
			.stream()
			.map((r) -> r.get("id").asString())
			.toList();
	}

	/**
	 * Ends the current affiliations of some people with an institution on a day.
	 * @return the people whose affiliation was ended
	 */
	List<String> endAffiliations(List<String> people, String institution, LocalDate day, Map<String, Object> audit) {
		ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
		return audited(this.queries.get("importing/feed-end-affiliations"),
				Map.of("ids", people, "institution", institution, "feedDate", day, "now", now), audit, now)
			.get("ended")
			.asList(Value::asString);
	}

	/**
	 * Writes an import's audit entry on its own, for an import written without batches
	 * ({@link NewStoreImport}); {@link #completeAudit} ends it.
	 */
	void recordAudit(Map<String, Object> audit) {
		this.driver.executableQuery(this.queries.get("audit/record-write"))
			.withParameters(Map.of("audit", audit, "now", ZonedDateTime.now(ZoneOffset.UTC)))
			.withConfig(WRITE)
			.execute();
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

	private EagerResult read(String query, Map<String, Object> parameters) {
		return this.driver.executableQuery(this.queries.get(query))
			.withParameters(parameters)
			.withConfig(Queries.READ)
			.execute();
	}

	/** Where a step of a batch stands in the writing order of an import. */
	enum Stage {

		/**
		 * Entities of one kind that were absent from the graph when the document was
		 * checked, created with their links.
		 */
		CREATE,

		/** Entities of one kind, created or updated, with their links. */
		UPSERT,

		/** Broader links that skills no longer have. */
		UNLINK_BROADER,

		/** Broader links that skills get. */
		LINK_BROADER

	}

	/**
	 * One statement's worth of a batch.
	 *
	 * @param stage what the rows are for
	 * @param kind the kind they belong to
	 * @param rows the rows
	 */
	record Step(Stage stage, Kind kind, List<Map<String, Object>> rows) {
	}

	/** What one batch created and changed, per kind. */
	static final class Written {

		private final Map<Kind, List<String>> created = new EnumMap<>(Kind.class);

		private final Map<Kind, List<String>> changed = new EnumMap<>(Kind.class);

		void created(Kind kind, List<String> ids) {
			this.created.computeIfAbsent(kind, (k) -> new ArrayList<>()).addAll(ids);
		}

		void changed(Kind kind, List<String> ids) {
			this.changed.computeIfAbsent(kind, (k) -> new ArrayList<>()).addAll(ids);
		}

		List<String> created(Kind kind) {
			return this.created.getOrDefault(kind, List.of());
		}

		List<String> changed(Kind kind) {
			return this.changed.getOrDefault(kind, List.of());
		}

	}

	/**
	 * An entity that could not be written as checked, because another write got there
	 * first (a mentor's last place, a transfer's id, a taxonomy link).
	 *
	 * @param kind the entity's kind
	 * @param id its id
	 * @param field the field at fault, as a path suffix ({@code .mentor}), or empty
	 * @param message what happened and what to do
	 */
	record Conflict(Kind kind, String id, String field, String message) {
	}

	/**
	 * A batch met conflicts and was rolled back: nothing of it is written.
	 */
	static final class WriteConflicts extends RuntimeException {

		private final List<Conflict> conflicts;

		WriteConflicts(List<Conflict> conflicts) {
			super(conflicts.size() + " conflict(s) with other writes; the batch was rolled back", null, false, false);
			this.conflicts = conflicts;
		}

		List<Conflict> conflicts() {
			return this.conflicts;
		}

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
