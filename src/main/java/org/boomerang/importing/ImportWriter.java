package org.boomerang.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

import org.boomerang.api.Problem;
import org.boomerang.importing.ImportRepository.Stage;
import org.boomerang.importing.ImportRepository.Step;
import tools.jackson.databind.JsonNode;

/**
 * The second reading of a checked document: turns each entity into its row again and
 * writes the rows in batches of {@code batch-size}, kind after kind, each batch one
 * transaction. The skills' broader links follow the last skill (a skill may name a
 * broader skill further down the list): first the links no longer stated go, then the
 * missing ones come. A document no larger than one batch is written in a single
 * transaction, so a conflict met while writing it leaves nothing written.
 */
final class ImportWriter implements DocumentStream.Visitor {

	/** Called after each committed batch: a seam for tests that interrupt an import. */
	interface BatchHook {

		/** Does nothing. */
		BatchHook NONE = (batch) -> {
		};

		/**
		 * A batch is committed.
		 * @param batch its number, from 1
		 */
		void committed(int batch);

	}

	private final ImportRepository repository;

	private final DocumentSurvey survey;

	private final int batchSize;

	private final boolean single;

	private final ImportProgress progress;

	private final BatchHook hook;

	private final long start;

	private List<Step> pending = new ArrayList<>();

	/** Writes the batches, one at a time, while the next is read. */
	private ExecutorService writing;

	/** The batch being written, if any, and its entities per kind. */
	private Future<ImportRepository.Written> inFlight;

	private Map<Kind, Integer> inFlightEntities;

	private int pendingRows;

	/** Rows per kind in the pending batch (entity rows, not link rows). */
	private final Map<Kind, Integer> pendingEntities = new EnumMap<>(Kind.class);

	private final Map<Kind, Integer> committed = new EnumMap<>(Kind.class);

	private final Map<Kind, Integer> created = new EnumMap<>(Kind.class);

	private final Map<Kind, Integer> updated = new EnumMap<>(Kind.class);

	/** Skills created or changed, so a skill whose links change too counts once. */
	private final Set<String> skillsTouched = new HashSet<>();

	private final Set<String> skillsCreated = new HashSet<>();

	private final Map<Kind, List<String>> changed = new EnumMap<>(Kind.class);

	private boolean linksQueued;

	private int batches;

	/** The import's audit entry, written or counted by each batch. */
	private final Map<String, Object> audit;

	/** Whether a committed batch wrote the audit entry. */
	private boolean auditRecorded;

	private long written;

	ImportWriter(ImportRepository repository, DocumentSurvey survey, int batchSize, ImportProgress progress,
			BatchHook hook, long start, Map<String, Object> audit) {
		this.start = start;
		this.audit = audit;
		this.repository = repository;
		this.survey = survey;
		this.single = survey.total() <= batchSize;
		this.batchSize = batchSize;
		this.progress = progress;
		this.hook = hook;
	}

	@Override
	public void entity(Kind kind, int index, JsonNode element, long offset) {
		if (kind.compareTo(Kind.SKILLS) > 0) {
			queueSkillLinks();
		}
		Map<String, Object> row = this.survey.rowAgain(kind, index, element);
		this.pendingEntities.merge(kind, 1, Integer::sum);
		add(this.survey.isNew(kind, index) ? Stage.CREATE : Stage.UPSERT, kind, row);
	}

	/**
	 * Entities that the graph held as the document states them when the first reading
	 * compared them (recorded transfers, unchanged people and mentorships) are skipped
	 * without being read into a tree, checked again or written. (Most of a re-sent
	 * document: a million transfers checked twice took seconds, 100,000 people compared
	 * in the writing transactions half a minute.)
	 */
	@Override
	public boolean wants(Kind kind, int index) {
		return !this.survey.unchanged(kind, index);
	}

	/**
	 * A skipped entity counts as unchanged once the batch it stands in is committed.
	 */
	@Override
	public void skipped(Kind kind, int index) {
		if (kind.compareTo(Kind.SKILLS) > 0) {
			queueSkillLinks();
		}
		this.pendingEntities.merge(kind, 1, Integer::sum);
	}

	/**
	 * Writes what is left; call once every kind has been read.
	 */
	void finish() {
		try {
			queueSkillLinks();
			flush(true);
			awaitWritten();
		}
		finally {
			stopWriting();
		}
	}

	private void queueSkillLinks() {
		if (this.linksQueued || this.survey.count(Kind.SKILLS) == 0) {
			return;
		}
		this.linksQueued = true;
		List<Map<String, Object>> links = new ArrayList<>();
		this.survey.broader().forEach((id, broader) -> {
			if (this.survey.broaderUnchanged(id)) {
				return;
			}
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("id", id);
			row.put("broader", broader);
			links.add(row);
		});
		// Every removal before any addition (see unlink-skills.cypher).
		links.forEach((row) -> add(Stage.UNLINK_BROADER, Kind.SKILLS, row));
		links.forEach((row) -> add(Stage.LINK_BROADER, Kind.SKILLS, row));
	}

	private void add(Stage stage, Kind kind, Map<String, Object> row) {
		last(stage, kind).rows().add(row);
		this.pendingRows++;
		if (!this.single && this.pendingRows >= this.batchSize) {
			flush(false);
		}
	}

	/**
	 * The step that takes a row: the pending batch's last step, or, since the entities of
	 * one kind are independent of each other, an earlier step of the same stage among the
	 * last steps of that kind (new and stored entities alternate in a document that adds
	 * to the graph; each stage stays one statement per batch).
	 */
	private Step last(Stage stage, Kind kind) {
		for (int i = this.pending.size() - 1; i >= 0 && this.pending.get(i).kind() == kind; i--) {
			Step step = this.pending.get(i);
			if (step.stage() == stage) {
				return step;
			}
			if (step.stage() != Stage.CREATE && step.stage() != Stage.UPSERT) {
				break;
			}
		}
		Step step = new Step(stage, kind, new ArrayList<>());
		this.pending.add(step);
		return step;
	}

	/**
	 * Hands the pending batch to the writing thread, once the batch before it has ended
	 * (one batch is written while the next is read; they commit in order, so what is
	 * committed is always every entity from the start of each list up to some point).
	 */
	private void flush(boolean last) {
		if (this.pending.isEmpty() && this.pendingEntities.isEmpty()) {
			return;
		}
		awaitWritten();
		List<Step> steps = this.pending;
		Map<Kind, Integer> entities = new EnumMap<>(this.pendingEntities);
		this.pending = new ArrayList<>();
		this.pendingRows = 0;
		this.pendingEntities.clear();
		if (steps.isEmpty()) {
			// Only entities found as stated: nothing to write. A document that is all
			// like that is still recorded in the audit trail, by its last batch.
			if (last && !this.auditRecorded) {
				this.repository.recordAudit(this.audit);
				this.auditRecorded = true;
			}
			committed(new ImportRepository.Written(), entities);
			return;
		}
		this.inFlightEntities = entities;
		if (last) {
			// Nothing is read after the last batch: written here, without a thread (the
			// only batch of a mutation).
			FutureTask<ImportRepository.Written> batch = new FutureTask<>(
					() -> this.repository.write(steps, this.audit));
			batch.run();
			this.inFlight = batch;
			return;
		}
		if (this.writing == null) {
			this.writing = ImportThreads.single("import-writer");
		}
		this.inFlight = this.writing.submit(() -> this.repository.write(steps, this.audit));
	}

	/**
	 * Waits for the batch being written, if any, and counts it once committed.
	 * @throws ImportRejectedException when the first batch met conflicts
	 * @throws ImportConflictException when a later batch met conflicts
	 */
	private void awaitWritten() {
		if (this.inFlight == null) {
			return;
		}
		Future<ImportRepository.Written> batch = this.inFlight;
		this.inFlight = null;
		ImportRepository.Written written;
		try {
			written = batch.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while a batch was being written", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof ImportRepository.WriteConflicts conflicts) {
				List<Problem> problems = conflicts.conflicts()
					.stream()
					.map((c) -> new Problem(pathOf(c), c.message()))
					.toList();
				if (this.batches == 0) {
					throw new ImportRejectedException(problems);
				}
				throw new ImportConflictException(problems, result(tookMs()), committed());
			}
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
					: new IllegalStateException(ex.getCause());
		}
		this.auditRecorded = true;
		committed(written, this.inFlightEntities);
	}

	private void committed(ImportRepository.Written batch, Map<Kind, Integer> entities) {
		this.batches++;
		count(batch);
		entities.forEach((kind, rows) -> {
			this.committed.merge(kind, rows, Integer::sum);
			this.written += rows;
		});
		this.progress.writing(this.written, this.survey.total());
		this.hook.committed(this.batches);
	}

	/** Stops the writing thread, once the batch it writes has ended. */
	private void stopWriting() {
		if (this.writing != null) {
			this.writing.shutdown();
			this.writing = null;
		}
	}

	private void count(ImportRepository.Written batch) {
		for (Kind kind : Kind.values()) {
			List<String> created = batch.created(kind);
			List<String> changed = batch.changed(kind);
			if (created.isEmpty() && changed.isEmpty()) {
				continue;
			}
			if (kind == Kind.SKILLS) {
				this.skillsCreated.addAll(created);
				for (String id : created) {
					if (this.skillsTouched.add(id)) {
						this.changed.computeIfAbsent(kind, (k) -> new ArrayList<>()).add(id);
					}
				}
				for (String id : changed) {
					if (this.skillsTouched.add(id)) {
						this.changed.computeIfAbsent(kind, (k) -> new ArrayList<>()).add(id);
					}
				}
				continue;
			}
			this.created.merge(kind, created.size(), Integer::sum);
			this.updated.merge(kind, changed.size(), Integer::sum);
			List<String> ids = this.changed.computeIfAbsent(kind, (k) -> new ArrayList<>());
			ids.addAll(created);
			ids.addAll(changed);
		}
	}

	private long tookMs() {
		return (System.nanoTime() - this.start) / 1_000_000;
	}

	private String pathOf(ImportRepository.Conflict conflict) {
		String path = this.survey.pathOf(conflict.kind(), conflict.id());
		return ((path != null) ? path : "$." + conflict.kind().key()) + conflict.field();
	}

	/**
	 * What the committed batches hold.
	 * @param tookMs the time taken so far
	 * @return counts per kind, in writing order
	 */
	ImportResult result(long tookMs) {
		Map<String, ImportResult.Counts> counts = new LinkedHashMap<>();
		for (Kind kind : Kind.values()) {
			int rows = this.committed.getOrDefault(kind, 0);
			if (rows == 0 && this.survey.count(kind) == 0) {
				continue;
			}
			int created;
			int updated;
			if (kind == Kind.SKILLS) {
				created = this.skillsCreated.size();
				updated = this.skillsTouched.size() - created;
			}
			else {
				created = this.created.getOrDefault(kind, 0);
				updated = this.updated.getOrDefault(kind, 0);
			}
			counts.put(kind.key(), new ImportResult.Counts(created, updated, rows - created - updated));
		}
		return new ImportResult(counts, tookMs);
	}

	/**
	 * How many entities of each list, from its start, the committed batches hold.
	 * @return per document key
	 */
	Map<String, Integer> committed() {
		Map<String, Integer> entities = new LinkedHashMap<>();
		for (Kind kind : Kind.values()) {
			if (this.survey.count(kind) > 0) {
				entities.put(kind.key(), this.committed.getOrDefault(kind, 0));
			}
		}
		return entities;
	}

	/**
	 * Fails the import with what its committed batches hold, when there are any.
	 * @param ex what stopped it
	 * @return the failure to throw: {@code ex} itself when nothing was committed
	 */
	RuntimeException interrupted(RuntimeException ex) {
		// A batch still being written ends first: committed, it counts.
		try {
			awaitWritten();
		}
		catch (RuntimeException during) {
			ex.addSuppressed(during);
		}
		finally {
			stopWriting();
		}
		if (this.batches == 0 || ex instanceof ImportConflictException || ex instanceof ImportRejectedException) {
			return ex;
		}
		return new ImportInterruptedException(ex, result(tookMs()), committed());
	}

	/** Ids created or changed per kind in the committed batches. */
	/**
	 * Whether a batch was committed (and with it the import's audit entry).
	 */
	boolean wroteAny() {
		return this.batches > 0;
	}

	Map<Kind, List<String>> changed() {
		return this.changed;
	}

}
