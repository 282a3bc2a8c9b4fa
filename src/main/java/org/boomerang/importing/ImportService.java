package org.boomerang.importing;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.boomerang.api.Problem;
import org.boomerang.audit.Auditor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Imports documents of format {@code boomerang-import/1}: validates everything first (the
 * document's own rules, then its references, transfer replays and the skill taxonomy
 * against the graph) and refuses the whole document with every problem found; only then
 * writes, kind by kind, in batches. Entities whose content is unchanged are not touched,
 * so a replay is a no-op.
 */
@Service
public class ImportService {

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

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
	 * Reads, validates and writes a document.
	 * @param json the document as JSON
	 * @return what was written
	 * @throws ImportRejectedException when the document is not valid; nothing is written
	 */
	public ImportResult importDocument(InputStream json) {
		long start = System.nanoTime();
		return importDocument(parse(json), start);
	}

	/**
	 * Validates and writes a parsed document.
	 * @param document the document
	 * @return what was written
	 * @throws ImportRejectedException when the document is not valid; nothing is written
	 */
	public ImportResult importDocument(JsonNode document) {
		return importDocument(document, System.nanoTime());
	}

	/**
	 * Validates and writes a parsed document for a mutation, audited under its name.
	 * @param document the document
	 * @param operation the mutation's name, for the audit trail
	 * @return what was written
	 * @throws ImportRejectedException when the document is not valid; nothing is written
	 */
	public ImportResult importDocument(JsonNode document, String operation) {
		return importDocument(document, System.nanoTime(), operation);
	}

	/**
	 * Parses a document without importing it.
	 * @param json the document as JSON
	 * @return the parsed tree
	 * @throws ImportRejectedException when the text is not JSON
	 */
	public static JsonNode parse(InputStream json) {
		try {
			return JSON.readTree(json);
		}
		catch (JacksonException ex) {
			String where = (ex.getLocation() != null)
					? " at line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() : "";
			throw new ImportRejectedException(List
				.of(new Problem("$", "the document is not valid JSON" + where + ": " + ex.getOriginalMessage())));
		}
		catch (RuntimeException ex) {
			if (ex.getCause() instanceof IOException io) {
				throw new ImportRejectedException(
						List.of(new Problem("$", "the document could not be read: " + io.getMessage())));
			}
			throw ex;
		}
	}

	private ImportResult importDocument(JsonNode document, long start) {
		return importDocument(document, start, "import");
	}

	private ImportResult importDocument(JsonNode document, long start, String operation) {
		ValidatedDocument validated = new DocumentValidator().validate(document);
		List<Problem> problems = new ArrayList<>(validated.problems());
		checkAgainstGraph(validated, problems);
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems);
		}
		Map<String, ImportResult.Counts> counts = new LinkedHashMap<>();
		Map<Kind, List<String>> changed = new EnumMap<>(Kind.class);
		List<Problem> refused = new ArrayList<>();
		Progress progress = new Progress(validated.size(), start);
		// One audit entry per import: written in the transaction of its first batch (a
		// single-entity mutation is that one transaction), completed with the counts
		// below.
		Map<String, Object> audit = this.auditor.entry(operation);
		for (Kind kind : Kind.values()) {
			List<Map<String, Object>> rows = validated.rows().get(kind);
			if (rows.isEmpty()) {
				continue;
			}
			ImportResult.Counts kindCounts = write(kind, rows, changed, progress, validated, refused, audit);
			counts.put(kind.key(), kindCounts);
		}
		if (!counts.isEmpty()) {
			List<String> targets = new ArrayList<>();
			changed.values().forEach(targets::addAll);
			this.repository.completeAudit((String) audit.get("id"), refused.isEmpty() ? "COMPLETED" : "REFUSED_IN_PART",
					counts, targets);
		}
		long tookMs = (System.nanoTime() - start) / 1_000_000;
		if (!changed.isEmpty()) {
			this.events.publishEvent(new GraphChangedEvent(changed));
		}
		if (!refused.isEmpty()) {
			// Only a write racing this one for a mentor's last place gets here:
			// validation
			// saw a free place that was gone once the mentor was locked.
			throw new ImportRejectedException(refused);
		}
		if (validated.size() > this.properties.batchSize()) {
			log.info("Import finished: {} entities in {} ms ({})", validated.size(), tookMs, counts);
		}
		return new ImportResult(counts, tookMs);
	}

	private ImportResult.Counts write(Kind kind, List<Map<String, Object>> rows, Map<Kind, List<String>> changed,
			Progress progress, ValidatedDocument document, List<Problem> refusedProblems, Map<String, Object> audit) {
		int created = 0;
		int updated = 0;
		int refused = 0;
		List<Map<String, Object>> relink = new ArrayList<>();
		int batchSize = this.properties.batchSize();
		for (int from = 0; from < rows.size(); from += batchSize) {
			List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + batchSize));
			ImportRepository.Written written = this.repository.upsert(kind, batch, audit);
			refused += written.refused().size();
			for (ImportRepository.Refused refusal : written.refused()) {
				refusedProblems.add(new Problem(document.defined().get(kind).get(refusal.id()) + ".mentor",
						fullMessage(refusal.mentor(), refusal.active(), refusal.capacity())
								+ " (another write took the last place meanwhile); this mentorship was not written"));
			}
			created += written.created().size();
			updated += written.updated().size();
			if (!written.created().isEmpty() || !written.updated().isEmpty()) {
				List<String> ids = changed.computeIfAbsent(kind, (k) -> new ArrayList<>());
				ids.addAll(written.created());
				ids.addAll(written.updated());
				if (kind == Kind.SKILLS) {
					Set<String> touched = new HashSet<>(written.created());
					touched.addAll(written.updated());
					batch.stream().filter((row) -> touched.contains(row.get("id"))).forEach(relink::add);
				}
			}
			progress.advance(kind, batch.size());
		}
		// Broader skills may come later in the document, so edges wait until every skill
		// exists.
		for (int from = 0; from < relink.size(); from += batchSize) {
			this.repository.linkSkills(relink.subList(from, Math.min(relink.size(), from + batchSize)));
		}
		return new ImportResult.Counts(created, updated, rows.size() - created - updated - refused);
	}

	private void checkAgainstGraph(ValidatedDocument document, List<Problem> problems) {
		Map<Kind, Set<String>> wanted = new EnumMap<>(Kind.class);
		for (DocumentValidator.Reference reference : document.references()) {
			if (!document.defined().get(reference.kind()).containsKey(reference.id())) {
				wanted.computeIfAbsent(reference.kind(), (k) -> new HashSet<>()).add(reference.id());
			}
		}
		Map<Kind, Set<String>> existing = wanted.isEmpty() ? Map.of() : this.repository.existing(wanted);
		for (DocumentValidator.Reference reference : document.references()) {
			if (!document.defined().get(reference.kind()).containsKey(reference.id())
					&& !existing.getOrDefault(reference.kind(), Set.of()).contains(reference.id())) {
				problems.add(new Problem(reference.path(), "unknown " + singular(reference.kind()) + " '"
						+ reference.id() + "': it is neither in this document nor in the graph"));
			}
		}
		checkTransferReplays(document, problems);
		checkMentorshipsOfTransfers(document, existing, problems);
		checkMentorCapacity(document, problems);
		new TaxonomyCycles(document, this.repository).check(problems);
	}

	private void checkTransferReplays(ValidatedDocument document, List<Problem> problems) {
		List<Map<String, Object>> transfers = document.rows().get(Kind.TRANSFERS);
		if (transfers.isEmpty()) {
			return;
		}
		Map<String, String> stored = this.repository
			.transferHashes(transfers.stream().map((row) -> (String) row.get("id")).toList());
		for (Map<String, Object> row : transfers) {
			String hash = stored.get(row.get("id"));
			if (hash != null && !hash.equals(row.get("hash"))) {
				problems.add(new Problem(document.defined().get(Kind.TRANSFERS).get(row.get("id")), "transfer '"
						+ row.get("id") + "' is already recorded with different content; a recorded"
						+ " transfer cannot change: re-send it unchanged, or record a new transfer with a new id"));
			}
		}
	}

	private void checkMentorshipsOfTransfers(ValidatedDocument document, Map<Kind, Set<String>> existing,
			List<Problem> problems) {
		List<DocumentValidator.TransferInMentorship> transfers = document.transfersInOtherMentorships()
			.stream()
			.filter((t) -> existing.getOrDefault(Kind.MENTORSHIPS, Set.of()).contains(t.mentorship()))
			.toList();
		if (transfers.isEmpty()) {
			return;
		}
		Map<String, String[]> pairs = this.repository
			.mentorshipPairs(transfers.stream().map(DocumentValidator.TransferInMentorship::mentorship).toList());
		for (DocumentValidator.TransferInMentorship transfer : transfers) {
			String[] pair = pairs.get(transfer.mentorship());
			if (pair != null && !transfer.isBetween(pair[0], pair[1])) {
				problems.add(new Problem(transfer.path() + ".mentorship",
						"transfer is between " + transfer.from() + " and " + transfer.to() + " but mentorship '"
								+ transfer.mentorship() + "' is between " + pair[0] + " and " + pair[1]));
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
	private void checkMentorCapacity(ValidatedDocument document, List<Problem> problems) {
		List<Map<String, Object>> mentorships = document.rows().get(Kind.MENTORSHIPS);
		if (mentorships.isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		Map<String, List<Map<String, Object>>> activeByMentor = new LinkedHashMap<>();
		for (Map<String, Object> row : mentorships) {
			LocalDate endedOn = (LocalDate) row.get("endedOn");
			if (row.get("mentor") != null && (endedOn == null || endedOn.isAfter(today))) {
				activeByMentor.computeIfAbsent((String) row.get("mentor"), (k) -> new ArrayList<>()).add(row);
			}
		}
		if (activeByMentor.isEmpty()) {
			return;
		}
		Map<String, ImportRepository.MentorLoad> stored = this.repository.mentorLoads(activeByMentor.keySet(), today);
		Map<String, Integer> capacities = new HashMap<>();
		for (Map<String, Object> person : document.rows().get(Kind.PEOPLE)) {
			capacities.put((String) person.get("id"), (Integer) person.get("mentoringCapacity"));
		}
		Set<String> restated = document.defined().get(Kind.MENTORSHIPS).keySet();
		activeByMentor.forEach((mentor, rows) -> {
			ImportRepository.MentorLoad load = stored.get(mentor);
			Integer capacity = capacities.getOrDefault(mentor, (load != null) ? load.capacity() : null);
			if (capacity == null) {
				return; // an unknown mentor is reported as a reference problem
			}
			Set<String> held = (load != null) ? load.active() : Set.of();
			Set<String> active = new HashSet<>(held);
			active.removeAll(restated);
			rows.forEach((row) -> active.add((String) row.get("id")));
			if (active.size() <= capacity) {
				return;
			}
			for (Map<String, Object> row : rows) {
				if (!held.contains(row.get("id"))) {
					problems.add(new Problem(document.defined().get(Kind.MENTORSHIPS).get(row.get("id")) + ".mentor",
							fullMessage(mentor, active.size() - 1, capacity)));
				}
			}
		});
	}

	private static String fullMessage(String mentor, int others, int capacity) {
		return "mentor '" + mentor + "' has no free place: they would hold " + (others + 1)
				+ " active mentorships as mentor but their mentoringCapacity is " + capacity
				+ "; end one of their mentorships (endedOn), raise their mentoringCapacity, or choose another mentor";
	}

	static String singular(Kind kind) {
		return kind.label().toLowerCase(Locale.ROOT);
	}

	/**
	 * Logs progress of long imports every few seconds.
	 */
	private static final class Progress {

		private final int total;

		private final long start;

		private int done;

		private long lastLog;

		Progress(int total, long start) {
			this.total = total;
			this.start = start;
			this.lastLog = start;
		}

		void advance(Kind kind, int rows) {
			this.done += rows;
			long now = System.nanoTime();
			if (now - this.lastLog > 5_000_000_000L) {
				this.lastLog = now;
				double seconds = (now - this.start) / 1e9;
				log.info("Importing: {} of {} entities written ({}%), now {}, {} entities/s", this.done, this.total,
						this.done * 100 / this.total, kind.key(), Math.round(this.done / seconds));
			}
		}

	}

}
