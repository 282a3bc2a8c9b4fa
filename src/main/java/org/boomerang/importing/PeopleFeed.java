package org.boomerang.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.boomerang.api.Problem;
import org.boomerang.audit.Auditor;
import org.boomerang.model.CareerStage;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Imports an HR feed: people as CSV rows (columns {@value #COLUMN_LIST}), with the same
 * rules as the import document's people and every problem named by row and column. Only
 * the facts HR owns are written (name, e-mail, career stage, professions, the affiliation
 * with the row's institution); what people state about themselves is left alone. Like a
 * document it is checked whole before anything is written, then written in batches. A
 * full feed of one institution also ends, on the feed's date, the affiliation of every
 * person of that institution it leaves out: people are never deleted.
 */
@Service
public class PeopleFeed {

	private static final Logger log = LoggerFactory.getLogger(PeopleFeed.class);

	/** The columns a feed may have, in the documented order. */
	static final String COLUMN_LIST = "id, name, email, careerStage, professions, institution, role, from";

	static final List<String> COLUMNS = List.of(COLUMN_LIST.split(", "));

	private static final Set<String> REQUIRED = Set.of("id", "name", "careerStage");

	private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

	private final ImportRepository repository;

	private final ImportProperties properties;

	private final ApplicationEventPublisher events;

	private final Auditor auditor;

	PeopleFeed(ImportRepository repository, ImportProperties properties, ApplicationEventPublisher events,
			Auditor auditor) {
		this.repository = repository;
		this.auditor = auditor;
		this.properties = properties;
		this.events = events;
	}

	/**
	 * Imports a feed given as a stream (copied to a temporary file first, to be read
	 * twice).
	 * @param csv the feed, UTF-8; not closed
	 * @param full the institution and date of a full feed, or null
	 * @return what was written
	 * @throws ImportRejectedException when the feed is not valid; nothing is written
	 * @throws ImportInterruptedException when writing failed after some batches
	 */
	public FeedResult importFeed(InputStream csv, FullFeed full) {
		DocumentSource source;
		try {
			source = DocumentSource.spool(csv);
		}
		catch (UncheckedIOException ex) {
			throw new ImportRejectedException(List.of(new Problem("feed", ex.getMessage())));
		}
		try (source) {
			return importFeed(source, full, ImportProgress.NONE);
		}
	}

	/**
	 * Imports a feed.
	 * @param source the feed (a file)
	 * @param full the institution and date of a full feed, or null
	 * @param progress hears the progress
	 * @return what was written
	 * @throws ImportRejectedException when the feed is not valid; nothing is written
	 * @throws ImportInterruptedException when writing failed after some batches
	 */
	public FeedResult importFeed(DocumentSource source, FullFeed full, ImportProgress progress) {
		long start = System.nanoTime();
		LocalDate feedDate = (full != null) ? full.date() : LocalDate.now(ZoneOffset.UTC);
		Check check = new Check(full);
		if (full != null && !exists(Kind.INSTITUTIONS, full.institution(), check.known)) {
			check.problem(new Problem("institution", "unknown institution '" + full.institution()
					+ "': a full feed is for an institution already in the graph"));
		}
		read(source, check::header, (number, cells) -> {
			check.row(number, cells);
			progress.checking(number, 0, 0);
		});
		if (!check.problems.isEmpty()) {
			throw new ImportRejectedException(check.problems());
		}
		source.checkUnchanged();
		Writer writer = new Writer(feedDate, check.ids.size(), progress, this.auditor.entry("import"));
		String status = "INTERRUPTED";
		try {
			read(source, (header) -> {
			}, (number, cells) -> writer.add(check.person(number, cells, new ArrayList<>())));
			writer.flush();
			int ended = 0;
			if (full != null) {
				ended = endAbsent(full, check.ids.keySet(), writer);
			}
			long tookMs = (System.nanoTime() - start) / 1_000_000;
			status = "COMPLETED";
			return new FeedResult(Map.of(Kind.PEOPLE.key(), writer.counts()), ended, tookMs);
		}
		finally {
			writer.completeAudit(status);
			if (!writer.changed.isEmpty()) {
				this.events.publishEvent(new GraphChangedEvent(Map.of(Kind.PEOPLE, writer.changed)));
			}
		}
	}

	private int endAbsent(FullFeed full, Set<String> present, Writer writer) {
		List<String> absent = this.repository.affiliated(full.institution(), full.date())
			.stream()
			.filter((id) -> !present.contains(id))
			.toList();
		int ended = 0;
		int batchSize = this.properties.batchSize();
		for (int from = 0; from < absent.size(); from += batchSize) {
			List<String> chunk = absent.subList(from, Math.min(absent.size(), from + batchSize));
			try {
				List<String> done = this.repository.endAffiliations(chunk, full.institution(), full.date(),
						writer.audit);
				writer.wroteAny = true;
				ended += done.size();
				writer.changed.addAll(done);
			}
			catch (RuntimeException ex) {
				throw new ImportInterruptedException(ex, new ImportResult(Map.of(), 0),
						Map.of(Kind.PEOPLE.key(), writer.committed, "affiliationsEnded", ended));
			}
		}
		return ended;
	}

	private boolean exists(Kind kind, String id, Map<Kind, Map<String, Boolean>> known) {
		return known.computeIfAbsent(kind, (k) -> new HashMap<>())
			.computeIfAbsent(id,
					(k) -> this.repository.existing(Map.of(kind, Set.of(id)))
						.getOrDefault(kind, Set.of())
						.contains(id));
	}

	/** Reads the feed's rows; a row's number counts data rows from 1. */
	private static void read(DocumentSource source, java.util.function.Consumer<List<String>> header,
			BiConsumer<Integer, List<String>> rows) {
		try (InputStream in = source.stream();
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
				MappingIterator<String[]> lines = CSV.readerFor(String[].class).readValues(reader)) {
			if (!lines.hasNext()) {
				header.accept(List.of());
				return;
			}
			header.accept(List.of(lines.next()));
			int number = 0;
			while (lines.hasNext()) {
				String[] cells = lines.next();
				if (cells.length == 1 && cells[0].isBlank()) {
					continue;
				}
				rows.accept(++number, List.of(cells));
			}
		}
		catch (JacksonException ex) {
			String where = (ex.getLocation() != null) ? " at line " + ex.getLocation().getLineNr() : "";
			throw new ImportRejectedException(
					List.of(new Problem("feed", "the feed is not valid CSV" + where + ": " + ex.getOriginalMessage())));
		}
		catch (IOException | UncheckedIOException ex) {
			throw new ImportRejectedException(
					List.of(new Problem("feed", "the feed could not be read: " + ex.getMessage())));
		}
	}

	/** The first reading: every row checked, ids and references kept. */
	private final class Check {

		private final FullFeed full;

		private final CappedProblems problems = new CappedProblems();

		private final Map<String, Integer> ids = new HashMap<>();

		private final Map<Kind, Map<String, Boolean>> known = new HashMap<>();

		private List<String> columns = List.of();

		Check(FullFeed full) {
			this.full = full;
		}

		void problem(Problem problem) {
			this.problems.add(problem);
		}

		List<Problem> problems() {
			return this.problems.list("feed", "");
		}

		void header(List<String> header) {
			this.columns = header.stream().map(String::strip).toList();
			Set<String> seen = new HashSet<>();
			for (String column : this.columns) {
				if (!COLUMNS.contains(column)) {
					problem(new Problem("header, column " + column,
							"unknown column '" + column + "'; the columns are " + COLUMN_LIST));
				}
				else if (!seen.add(column)) {
					problem(new Problem("header, column " + column, "column '" + column + "' appears twice"));
				}
			}
			for (String required : COLUMNS) {
				if (REQUIRED.contains(required) && !seen.contains(required)) {
					problem(new Problem("header",
							"required column '" + required + "' is missing; the columns are " + COLUMN_LIST + " ("
									+ String.join(", ", REQUIRED.stream().sorted().toList()) + " required)"));
				}
			}
		}

		void row(int number, List<String> cells) {
			List<Problem> found = new ArrayList<>();
			Map<String, Object> person = person(number, cells, found);
			String id = (String) person.get("id");
			if (id != null) {
				Integer earlier = this.ids.putIfAbsent(id, number);
				if (earlier != null) {
					found.add(new Problem(at(number, "id"),
							"'" + id + "' appears twice in the feed (first in row " + earlier + ")"));
				}
			}
			@SuppressWarnings("unchecked")
			List<String> professions = (List<String>) person.get("professions");
			if (professions != null) {
				for (int i = 0; i < professions.size(); i++) {
					if (!exists(Kind.PROFESSIONS, professions.get(i), this.known)) {
						found.add(new Problem(at(number, "professions") + "[" + i + "]", "unknown profession '"
								+ professions.get(i) + "': a feed refers to professions already in the graph"));
					}
				}
			}
			String institution = (String) person.get("institution");
			if (institution != null && !exists(Kind.INSTITUTIONS, institution, this.known)) {
				found.add(new Problem(at(number, "institution"), "unknown institution '" + institution
						+ "': a feed refers to institutions already in the graph"));
			}
			found.forEach(this::problem);
		}

		/**
		 * A row as a person's HR facts, with the import document's rules for each field.
		 */
		Map<String, Object> person(int number, List<String> cells, List<Problem> found) {
			ObjectNode node = DocumentSource.JSON.createObjectNode();
			if (cells.size() > this.columns.size()) {
				found.add(new Problem("row " + number,
						"has " + cells.size() + " cells but the header names " + this.columns.size() + " columns"));
			}
			for (int i = 0; i < Math.min(cells.size(), this.columns.size()); i++) {
				String column = this.columns.get(i);
				String cell = cells.get(i).strip();
				if (cell.isEmpty() || !COLUMNS.contains(column)) {
					continue;
				}
				if ("professions".equals(column)) {
					ArrayNode list = node.putArray(column);
					for (String profession : cell.split(";")) {
						if (!profession.isBlank()) {
							list.add(profession.strip());
						}
					}
				}
				else {
					node.put(column, cell);
				}
			}
			List<Problem> raw = new ArrayList<>();
			FieldReader f = new FieldReader(node, "row " + number, raw, Set.copyOf(COLUMNS));
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("id", f.id("id", true));
			String name = f.text("name", true, 300);
			row.put("name", name);
			row.put("searchName", (name != null) ? name.toLowerCase(Locale.ROOT) : null);
			row.put("email", f.matching("email", DocumentValidator.EMAIL, "an e-mail address"));
			row.put("careerStage", f.enumValue("careerStage", CareerStage.class, true, null));
			row.put("professions", this.columns.contains("professions") ? f.ids("professions", false) : null);
			String institution = f.id("institution", false);
			if (this.full != null) {
				if (institution == null) {
					institution = this.full.institution();
				}
				else if (!institution.equals(this.full.institution())) {
					raw.add(new Problem("row " + number + ".institution", "'" + institution
							+ "' is not the institution of this full feed ('" + this.full.institution()
							+ "'); leave the cell empty or send that institution's people in a feed of their own"));
				}
			}
			row.put("institution", institution);
			String role = f.text("role", false, 300);
			LocalDate from = f.date("from", false);
			if (institution == null && (role != null || from != null)) {
				raw.add(new Problem("row " + number + "." + ((role != null) ? "role" : "from"),
						"a role or start belongs to an affiliation: give the institution too"));
			}
			row.put("role", role);
			row.put("from", from);
			// FieldReader names fields as JSON paths (row 3.careerStage): a feed's reader
			// thinks in rows and columns.
			raw.forEach((p) -> found.add(new Problem(column(p.path()), p.message())));
			return row;
		}

		private String at(int number, String column) {
			return "row " + number + ", column " + column;
		}

		private String column(String path) {
			int dot = path.indexOf('.');
			return (dot < 0) ? path : path.substring(0, dot) + ", column " + path.substring(dot + 1);
		}

	}

	/** The second reading: rows written in batches. */
	private final class Writer {

		private final LocalDate feedDate;

		private final int total;

		private final ImportProgress progress;

		private final List<Map<String, Object>> batch = new ArrayList<>();

		private final List<String> changed = new ArrayList<>();

		private int committed;

		private int created;

		private int updated;

		/** The feed's audit entry, written with its first batch, completed at its end. */
		private final Map<String, Object> audit;

		private boolean wroteAny;

		Writer(LocalDate feedDate, int total, ImportProgress progress, Map<String, Object> audit) {
			this.audit = audit;
			this.feedDate = feedDate;
			this.total = total;
			this.progress = progress;
		}

		void add(Map<String, Object> row) {
			this.batch.add(row);
			if (this.batch.size() >= PeopleFeed.this.properties.batchSize()) {
				flush();
			}
		}

		void flush() {
			if (this.batch.isEmpty()) {
				return;
			}
			ImportRepository.Written written;
			try {
				written = PeopleFeed.this.repository.feedPeople(List.copyOf(this.batch), this.feedDate, this.audit);
				this.wroteAny = true;
			}
			catch (RuntimeException ex) {
				if (this.committed == 0) {
					throw ex;
				}
				throw new ImportInterruptedException(ex,
						new ImportResult(Map.of(Kind.PEOPLE.key(),
								new ImportResult.Counts(this.created, this.updated,
										this.committed - this.created - this.updated)),
								0),
						Map.of(Kind.PEOPLE.key(), this.committed));
			}
			this.committed += this.batch.size();
			this.created += written.created(Kind.PEOPLE).size();
			this.updated += written.changed(Kind.PEOPLE).size();
			this.changed.addAll(written.created(Kind.PEOPLE));
			this.changed.addAll(written.changed(Kind.PEOPLE));
			this.batch.clear();
			this.progress.writing(this.committed, this.total);
		}

		ImportResult.Counts counts() {
			return new ImportResult.Counts(this.created, this.updated, this.committed - this.created - this.updated);
		}

		/**
		 * Ends the feed's audit entry, when a batch wrote one. A failure here must not
		 * hide the feed's own answer: what was written stays written and the entry says
		 * WRITING.
		 */
		void completeAudit(String status) {
			if (!this.wroteAny) {
				return;
			}
			try {
				PeopleFeed.this.repository.completeAudit((String) this.audit.get("id"), status,
						Map.of(Kind.PEOPLE.key(), counts()), this.changed);
			}
			catch (RuntimeException ex) {
				log.warn("Could not complete the audit entry {} of a feed: {}", this.audit.get("id"), ex.toString());
			}
		}

	}

}
