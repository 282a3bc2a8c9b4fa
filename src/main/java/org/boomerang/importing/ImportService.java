package org.boomerang.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.boomerang.api.Problem;
import org.boomerang.audit.Auditor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Imports documents of format {@code boomerang-import/1} as streams, in two readings. The
 * first checks everything (the document's own rules, then its references, transfer
 * replays, mentors' places and the skill taxonomy against the graph) keeping only ids and
 * references, and refuses the whole document with every problem found. The second writes
 * it in batches ({@link ImportWriter}), each batch a transaction that checks again, under
 * locks, what others may have changed since. Entities that are as the document states
 * them, links included, are not touched, so a replay is a no-op and re-sending an
 * interrupted import completes it.
 */
@Service
public class ImportService {

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);

	/** Ids looked up in the graph per query. */
	private static final int LOOKUP_CHUNK = 10_000;

	/**
	 * The kinds whose entities absent from the graph are created by a statement of their
	 * own ({@code create-<kind>}); transfers are looked up as the document is checked.
	 */
	private static final List<Kind> CREATED_WHEN_NEW = List.of(Kind.SKILLS, Kind.PEOPLE);

	private final ImportRepository repository;

	private final ImportProperties properties;

	private final ApplicationEventPublisher events;

	private final Auditor auditor;

	ImportService(ImportRepository repository, ImportProperties properties, ApplicationEventPublisher events,
			Auditor auditor) {
		this.auditor = auditor;
		this.repository = repository;
		this.properties = properties;
		this.events = events;
	}

	/**
	 * Reads, validates and writes a document given as a stream (it is copied to a
	 * temporary file first, so that it can be read twice).
	 * @param json the document as JSON; not closed
	 * @return what was written
	 * @throws ImportRejectedException when the document is not valid; nothing is written
	 * @throws ImportConflictException when a conflict with another write stopped the
	 * import after some batches were committed
	 * @throws ImportInterruptedException when the import failed after some batches were
	 * committed
	 */
	public ImportResult importDocument(InputStream json) {
		DocumentSource source;
		try {
			source = DocumentSource.spool(json);
		}
		catch (UncheckedIOException ex) {
			throw new ImportRejectedException(List.of(new Problem("$", ex.getMessage())));
		}
		try (source) {
			return importDocument(source, ImportProgress.NONE);
		}
	}

	/**
	 * Validates and writes a parsed document.
	 * @param document the document
	 * @return what was written
	 * @throws ImportRejectedException when the document is not valid; nothing is written
	 */
	public ImportResult importDocument(JsonNode document) {
		return importDocument(DocumentSource.of(document), ImportProgress.NONE);
	}

	/**
	 * Validates and writes a document, telling how far it has got.
	 * @param source the document
	 * @param progress hears the progress
	 * @return what was written
	 * @throws ImportRejectedException when the document is not valid; nothing is written
	 * @throws ImportConflictException when a conflict with another write stopped the
	 * import after some batches were committed
	 * @throws ImportInterruptedException when the import failed after some batches were
	 * committed
	 */
	public ImportResult importDocument(DocumentSource source, ImportProgress progress) {
		return importDocument(source, new Options(this.properties.batchSize(), progress, ImportWriter.BatchHook.NONE));
	}

	/**
	 * Validates and writes a parsed document for a mutation, audited under its name.
	 * @param document the document
	 * @param operation the mutation's name, for the audit trail
	 * @return what was written
	 * @throws ImportRejectedException when the document is not valid; nothing is written
	 */
	public ImportResult importDocument(JsonNode document, String operation) {
		return importDocument(DocumentSource.of(document),
				new Options(this.properties.batchSize(), ImportProgress.NONE, ImportWriter.BatchHook.NONE), operation);
	}

	/**
	 * Parses a document without importing it.
	 * @param json the document as JSON
	 * @return the parsed tree
	 * @throws ImportRejectedException when the text is not JSON
	 */
	public static JsonNode parse(InputStream json) {
		return reading(() -> DocumentSource.JSON.readTree(json));
	}

	ImportResult importDocument(DocumentSource source, Options options) {
		return importDocument(source, options, "import");
	}

	private ImportResult importDocument(DocumentSource source, Options options, String operation) {
		long start = System.nanoTime();
		LoggedProgress progress = new LoggedProgress(options.progress(), start);
		DocumentSurvey survey = check(source, progress);
		long lookUp = System.nanoTime();
		lookUpStored(survey);
		log.debug("looked up the stored skills and people: {} ms", (System.nanoTime() - lookUp) / 1_000_000);
		// One audit entry per import: written with its first batch (a single-entity
		// mutation is that one transaction), counted by each batch, completed below.
		Map<String, Object> audit = this.auditor.entry(operation);
		ImportWriter writer = new ImportWriter(this.repository, survey, options.batchSize(), progress,
				options.afterBatch(), start, audit);
		try {
			readInWritingOrder(survey, source, writer);
			writer.finish();
		}
		catch (RuntimeException ex) {
			RuntimeException answer = writer.interrupted(ex);
			completeAudit(audit, writer, "INTERRUPTED");
			throw answer;
		}
		finally {
			if (!writer.changed().isEmpty()) {
				this.events.publishEvent(new GraphChangedEvent(writer.changed()));
			}
		}
		long tookMs = (System.nanoTime() - start) / 1_000_000;
		ImportResult result = writer.result(tookMs);
		completeAudit(audit, writer, "COMPLETED");
		if (survey.total() > options.batchSize()) {
			log.info("Import finished: {} entities in {} ms ({})", survey.total(), tookMs, result.counts());
		}
		return result;
	}

	/**
	 * The first reading of a document and the checks against the graph.
	 * @param source the document
	 * @param progress hears the progress
	 * @return what the first reading kept
	 * @throws ImportRejectedException with every problem found
	 */
	DocumentSurvey check(DocumentSource source, ImportProgress progress) {
		return check(source, progress, (kind, index, row) -> {
		});
	}

	/**
	 * The first reading of a document and the checks against the graph, passing each
	 * entity's row on as it is read.
	 * @param source the document
	 * @param progress hears the progress
	 * @param rows hears each entity found without problems of its own
	 * @return what the first reading kept
	 * @throws ImportRejectedException with every problem found
	 */
	DocumentSurvey check(DocumentSource source, ImportProgress progress, DocumentSurvey.Rows rows) {
		DocumentSurvey survey = new DocumentSurvey(this.repository, LocalDate.now(ZoneOffset.UTC), progress);
		survey.onRow(rows);
		reading(() -> {
			survey.read(source);
			return survey;
		});
		long checks = System.nanoTime();
		checkAgainstGraph(survey, source);
		log.debug("checked the document against the graph: {} ms", (System.nanoTime() - checks) / 1_000_000);
		if (survey.hasProblems()) {
			throw new ImportRejectedException(survey.problems());
		}
		source.checkUnchanged();
		return survey;
	}

	/**
	 * Checks documents for a store that holds nothing yet, without a database.
	 * @param properties the import settings
	 * @return a service that only checks ({@link #check})
	 */
	static ImportService forEmptyGraph(ImportProperties properties) {
		return new ImportService(new EmptyGraph(), properties, null, null);
	}

	/**
	 * The second reading: every kind present, in writing order (people before the
	 * mentorships and transfers between them). A document that lists its kinds in that
	 * order is read once; any other order once per kind.
	 */
	static void readInWritingOrder(DocumentSurvey survey, DocumentSource source, DocumentStream.Visitor visitor) {
		List<Kind> present = Arrays.stream(Kind.values()).filter((k) -> survey.count(k) > 0).toList();
		boolean inOrder = survey.order().stream().filter(present::contains).toList().equals(present);
		List<Set<Kind>> readings = inOrder ? List.of(Set.copyOf(present)) : present.stream().map(Set::of).toList();
		for (Set<Kind> kinds : readings) {
			DocumentStream.read(source, kinds, visitor, null);
		}
	}

	/**
	 * Records in the audit trail an import that Neo4j's bulk importer wrote into a new
	 * store before the database started ({@link NewStoreImport}).
	 * @param result what it wrote
	 * @param targets the ids it created, in writing order
	 */
	public void recordNewStoreImport(ImportResult result, List<String> targets) {
		Map<String, Object> audit = this.auditor.entry("import");
		this.repository.recordAudit(audit);
		this.repository.completeAudit((String) audit.get("id"), "COMPLETED", result.counts(), targets);
	}

	/**
	 * Ends an import's audit entry, when a batch wrote one. A failure here must not hide
	 * the import's own answer: what was written stays written and the entry says WRITING.
	 */
	private void completeAudit(Map<String, Object> audit, ImportWriter writer, String status) {
		if (!writer.wroteAny()) {
			return;
		}
		try {
			List<String> targets = new ArrayList<>();
			writer.changed().values().forEach(targets::addAll);
			this.repository.completeAudit((String) audit.get("id"), status, writer.result(0).counts(), targets);
		}
		catch (RuntimeException ex) {
			log.warn("Could not complete the audit entry {} of an import: {}", audit.get("id"), ex.toString());
		}
	}

	/**
	 * Runs a reading of a document, turning what makes it unreadable into a refusal.
	 */
	private static <T> T reading(Supplier<T> reading) {
		try {
			return reading.get();
		}
		catch (JacksonException ex) {
			String where = (ex.getLocation() != null)
					? " at line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() : "";
			throw new ImportRejectedException(List
				.of(new Problem("$", "the document is not valid JSON" + where + ": " + ex.getOriginalMessage())));
		}
		catch (UncheckedIOException ex) {
			throw new ImportRejectedException(
					List.of(new Problem("$", "the document could not be read: " + ex.getCause().getMessage())));
		}
		catch (RuntimeException ex) {
			if (ex.getCause() instanceof IOException io) {
				throw new ImportRejectedException(
						List.of(new Problem("$", "the document could not be read: " + io.getMessage())));
			}
			throw ex;
		}
	}

	private void checkAgainstGraph(DocumentSurvey survey, DocumentSource source) {
		checkReferences(survey, source);
		checkMentorshipsOfTransfers(survey);
		checkMentorCapacity(survey);
		checkTaxonomy(survey);
	}

	/**
	 * References to ids the document does not define must name entities of the graph.
	 * Only ids are kept in the first reading; when some are missing, a third reading
	 * finds where the document names them.
	 */
	private void checkReferences(DocumentSurvey survey, DocumentSource source) {
		Map<Kind, Set<String>> missing = new EnumMap<>(Kind.class);
		survey.undefinedReferences().forEach((kind, ids) -> {
			if (ids.isEmpty()) {
				return;
			}
			Set<String> absent = new HashSet<>(ids);
			for (List<String> chunk : chunks(ids)) {
				absent.removeAll(this.repository.existing(Map.of(kind, new HashSet<>(chunk))).get(kind));
			}
			if (!absent.isEmpty()) {
				missing.put(kind, absent);
			}
		});
		if (missing.isEmpty()) {
			return;
		}
		DocumentStream.read(source, Set.of(Kind.values()), (kind, index, element, offset) -> DocumentValidator
			.entity(kind, element, DocumentSurvey.path(kind, index), new ArrayList<>(), (referred, id, path) -> {
				if (missing.getOrDefault(referred, Set.of()).contains(id)) {
					survey.problem(new Problem(path.get(), "unknown " + singular(referred) + " '" + id
							+ "': it is neither in this document nor in the graph"));
				}
			}), null);
	}

	/**
	 * Finds which of the document's skills and people the graph holds, so that the others
	 * are created without being compared with a stored entity (the bulk of a first
	 * import), and which skills of a taxonomy have their broader links as stated. A few
	 * queries of {@link #LOOKUP_CHUNK} ids each.
	 */
	private void lookUpStored(DocumentSurvey survey) {
		for (Kind kind : CREATED_WHEN_NEW) {
			if (survey.count(kind) == 0 || survey.comparedAll(kind)) {
				continue;
			}
			List<String> found = new ArrayList<>();
			for (List<String> chunk : chunks(survey.ids(kind))) {
				found.addAll(this.repository.existing(Map.of(kind, new HashSet<>(chunk))).get(kind));
			}
			survey.stored(kind, found);
		}
		if (survey.count(Kind.SKILLS) >= DocumentSurvey.COMPARED_CHUNK) {
			// A taxonomy re-sent as it is: its links are not unlinked and linked again.
			List<Map<String, Object>> rows = new ArrayList<>();
			survey.broader().forEach((id, broader) -> rows.add(Map.of("id", id, "broader", broader)));
			for (int from = 0; from < rows.size(); from += LOOKUP_CHUNK) {
				survey.broaderUnchanged(this.repository
					.unchangedBroader(rows.subList(from, Math.min(rows.size(), from + LOOKUP_CHUNK))));
			}
		}
	}

	private static List<List<String>> chunks(Collection<String> ids) {
		List<String> all = List.copyOf(ids);
		List<List<String>> chunks = new ArrayList<>();
		for (int from = 0; from < all.size(); from += LOOKUP_CHUNK) {
			chunks.add(all.subList(from, Math.min(all.size(), from + LOOKUP_CHUNK)));
		}
		return chunks;
	}

	private void checkTaxonomy(DocumentSurvey survey) {
		Map<String, List<String>> docEdges = survey.broader();
		if (docEdges.values().stream().allMatch(List::isEmpty)) {
			return;
		}
		Set<String> outside = new HashSet<>();
		docEdges.values()
			.forEach((parents) -> parents.stream().filter((p) -> !docEdges.containsKey(p)).forEach(outside::add));
		Map<String, List<String>> edges = new HashMap<>(
				outside.isEmpty() ? Map.of() : this.repository.storedBroader(outside, docEdges.keySet()));
		edges.putAll(docEdges);
		for (List<String> cycle : TaxonomyCycles.find(docEdges.keySet(), edges)) {
			String at = survey.pathOf(Kind.SKILLS, cycle.get(0));
			survey
				.problem(new Problem(((at != null) ? at : "$.skills") + ".broader", "broader links would form a cycle: "
						+ TaxonomyCycles.describe(cycle) + "; a skill cannot be (indirectly) broader than itself"));
		}
	}

	/**
	 * A transfer inside a mentorship is between the mentorship's two people: checked as
	 * the document streamed past for mentorships it had already listed, here for the
	 * rest.
	 */
	private void checkMentorshipsOfTransfers(DocumentSurvey survey) {
		List<DocumentSurvey.TransferInMentorship> elsewhere = new ArrayList<>();
		for (DocumentSurvey.TransferInMentorship transfer : survey.transfersInOtherMentorships()) {
			String[] pair = survey.mentorshipPair(transfer.mentorship());
			List<Problem> found = new ArrayList<>();
			if (pair != null) {
				transfer.check(pair, found);
			}
			else {
				elsewhere.add(transfer);
			}
			found.forEach(survey::problem);
		}
		Set<String> mentorships = new HashSet<>();
		elsewhere.forEach((t) -> mentorships.add(t.mentorship()));
		Map<String, String[]> pairs = new HashMap<>();
		for (List<String> chunk : chunks(mentorships)) {
			pairs.putAll(this.repository.mentorshipPairs(chunk));
		}
		for (DocumentSurvey.TransferInMentorship transfer : elsewhere) {
			String[] pair = pairs.get(transfer.mentorship());
			if (pair != null) {
				List<Problem> found = new ArrayList<>();
				transfer.check(pair, found);
				found.forEach(survey::problem);
			}
		}
	}

	/**
	 * A mentor holds at most {@code mentoringCapacity} active mentorships (ended on a day
	 * after today, or not ended). The check counts what the graph holds today, minus the
	 * mentorships this document restates, plus the document's own active mentorships;
	 * only mentorships that would newly take a place are refused, so restating or ending
	 * existing ones always passes. The write locks the mentor and checks again, which
	 * settles races between concurrent writes.
	 */
	private void checkMentorCapacity(DocumentSurvey survey) {
		if (survey.activeMentorships().isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		Map<String, List<String>> activeByMentor = new LinkedHashMap<>();
		for (String[] mentorship : survey.activeMentorships()) {
			activeByMentor.computeIfAbsent(mentorship[1], (k) -> new ArrayList<>()).add(mentorship[0]);
		}
		Map<String, ImportRepository.MentorLoad> stored = new HashMap<>();
		for (List<String> chunk : chunks(activeByMentor.keySet())) {
			stored.putAll(this.repository.mentorLoads(chunk, today));
		}
		activeByMentor.forEach((mentor, ids) -> {
			ImportRepository.MentorLoad load = stored.get(mentor);
			Integer capacity = survey.capacity(mentor);
			if (capacity == null) {
				capacity = (load != null) ? load.capacity() : null;
			}
			if (capacity == null) {
				return; // an unknown mentor is reported as a reference problem
			}
			Set<String> held = (load != null) ? load.active() : Set.of();
			Set<String> active = new HashSet<>(held);
			active.removeIf((id) -> survey.defines(Kind.MENTORSHIPS, id));
			active.addAll(ids);
			if (active.size() <= capacity) {
				return;
			}
			for (String id : ids) {
				if (!held.contains(id)) {
					survey.problem(new Problem(survey.pathOf(Kind.MENTORSHIPS, id) + ".mentor",
							fullMessage(mentor, active.size() - 1, capacity)));
				}
			}
		});
	}

	static String fullMessage(String mentor, int others, int capacity) {
		return "mentor '" + mentor + "' has no free place: they would hold " + (others + 1)
				+ " active mentorships as mentor but their mentoringCapacity is " + capacity
				+ "; end one of their mentorships (endedOn), raise their mentoringCapacity, or choose another mentor";
	}

	static String singular(Kind kind) {
		return kind.label().toLowerCase(Locale.ROOT);
	}

	/**
	 * Logs the progress of long imports every few seconds, and passes it on.
	 */
	private static final class LoggedProgress implements ImportProgress {

		private static final long EVERY = 5_000_000_000L;

		private final ImportProgress next;

		private final long start;

		private long lastLog;

		LoggedProgress(ImportProgress next, long start) {
			this.next = next;
			this.start = start;
			this.lastLog = start;
		}

		@Override
		public void checking(long entities, long bytesRead, long bytesTotal) {
			this.next.checking(entities, bytesRead, bytesTotal);
			if (due()) {
				log.info("Importing: {} entities checked{}", entities,
						(bytesTotal > 0) ? " (" + bytesRead * 100 / bytesTotal + "% of the document)" : "");
			}
		}

		@Override
		public void writing(long entities, long total) {
			this.next.writing(entities, total);
			if (due()) {
				log.info("Importing: {} of {} entities written ({}%), {} entities/s since the start", entities, total,
						entities * 100 / Math.max(1, total),
						Math.round(entities / ((System.nanoTime() - this.start) / 1e9)));
			}
		}

		private boolean due() {
			long now = System.nanoTime();
			if (now - this.lastLog < EVERY) {
				return false;
			}
			this.lastLog = now;
			return true;
		}

	}

	/**
	 * How one import runs: the public methods use the settings; tests use smaller batches
	 * and a hook between batches.
	 *
	 * @param batchSize rows per transaction
	 * @param progress hears the progress
	 * @param afterBatch called after each committed batch
	 */
	record Options(int batchSize, ImportProgress progress, ImportWriter.BatchHook afterBatch) {
	}

}
