package org.boomerang;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.boomerang.importing.DocumentSource;
import org.boomerang.importing.FeedResult;
import org.boomerang.importing.FullFeed;
import org.boomerang.importing.ImportConflictException;
import org.boomerang.importing.ImportInterruptedException;
import org.boomerang.importing.ImportRejectedException;
import org.boomerang.importing.ImportResult;
import org.boomerang.importing.ImportService;
import org.boomerang.importing.NewStoreImport;
import org.boomerang.importing.PeopleFeed;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code import FILE} command: imports a {@code boomerang-import/1} document, or an
 * HR feed of people ({@code .csv}), into the graph the settings name, with a context that
 * has no web server and builds no indexes, showing its progress on the terminal. Its exit
 * codes are documented in {@code docs/import-format.md}.
 */
final class ImportCommand {

	/** The document is written. */
	static final int DONE = 0;

	/** The document was refused; nothing was written. */
	static final int REFUSED = 1;

	/** Wrong usage, or a file that cannot be read. */
	static final int USAGE = 2;

	/**
	 * A conflict with another write stopped the import after some batches were written.
	 */
	static final int PARTLY_WRITTEN = 3;

	/** The import failed (the database went away, ...); what was written is printed. */
	static final int FAILED = 4;

	static final String USAGE_LINE = "usage: import FILE   (a boomerang-import/1 JSON document, or an HR feed of people"
			+ " as FILE.csv [--feed-institution=ID [--feed-date=YYYY-MM-DD]] for a full feed of one institution)";

	private static final String INSTITUTION = "--feed-institution=";

	private static final String DATE = "--feed-date=";

	private ImportCommand() {
	}

	static int run(Class<?> application, List<String> args, String[] options, PrintStream out, PrintStream err) {
		String institution = option(options, INSTITUTION);
		String date = option(options, DATE);
		String[] springOptions = Arrays.stream(options)
			.filter((o) -> !o.startsWith(INSTITUTION) && !o.startsWith(DATE))
			.toArray(String[]::new);
		if (args.size() != 1) {
			err.println(USAGE_LINE);
			return USAGE;
		}
		Path file = Path.of(args.get(0));
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			err.println("Cannot read " + file.toAbsolutePath() + ": no such file, or not readable");
			return USAGE;
		}
		boolean csv = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
		FullFeed full;
		try {
			full = fullFeed(csv, institution, date);
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			err.println(USAGE_LINE);
			return USAGE;
		}
		TerminalProgress progress = new TerminalProgress(err, System.console() != null);
		if (!csv) {
			// Fills a new embedded store before it opens, when it is one
			// (NewStoreImport).
			NewStoreImport.request(file, progress);
		}
		try (ConfigurableApplicationContext context = CommandLine.batchContext(application, springOptions);
				DocumentSource source = DocumentSource.of(file)) {
			try {
				if (csv) {
					FeedResult result = context.getBean(PeopleFeed.class).importFeed(source, full, progress);
					progress.done();
					out.printf("Imported the HR feed %s in %.1f s%n", file, result.tookMs() / 1000.0);
					print(new ImportResult(result.counts(), result.tookMs()), out);
					if (full != null) {
						out.printf("  %d affiliation(s) with %s ended on %s (people not in the feed)%n",
								result.affiliationsEnded(), full.institution(), full.date());
					}
					return DONE;
				}
				Optional<NewStoreImport.Outcome> bulk = NewStoreImport.outcome();
				ImportResult result;
				if (bulk.isPresent()) {
					result = bulk.get().result();
					context.getBean(ImportService.class).recordNewStoreImport(result, bulk.get().targets());
				}
				else {
					result = context.getBean(ImportService.class).importDocument(source, progress);
				}
				progress.done();
				long entities = total(result);
				out.printf("Imported %s: %,d entities in %.1f s (%,.0f entities/s)%s%n", file, entities,
						result.tookMs() / 1000.0, entities * 1000.0 / Math.max(1, result.tookMs()),
						bulk.isPresent() ? ", into a new store with Neo4j's bulk importer" : "");
				print(result, out);
				return DONE;
			}
			catch (ImportRejectedException ex) {
				progress.done();
				err.println("Refused, nothing was written (" + ex.problems().size() + " problem(s)):");
				ex.problems().forEach((p) -> err.println("  " + p.path() + ": " + p.message()));
				return REFUSED;
			}
			catch (ImportConflictException ex) {
				progress.done();
				err.println("Partly written: " + ex.problems().size() + " conflict(s) with writes made after the"
						+ " document was checked stopped the import. Written (from the start of each list): "
						+ ex.committed() + "; nothing after that. Settle these and import the file again, which"
						+ " completes it:");
				ex.problems().forEach((p) -> err.println("  " + p.path() + ": " + p.message()));
				print(ex.written(), out);
				return PARTLY_WRITTEN;
			}
			catch (ImportInterruptedException ex) {
				progress.done();
				err.println("The import failed after writing " + ex.committed() + " (from the start of each list): "
						+ ex.getCause() + ". Import the file again to complete it.");
				print(ex.written(), out);
				return FAILED;
			}
		}
		catch (RuntimeException ex) {
			progress.done();
			err.println("The import failed before anything was written: " + ex);
			return FAILED;
		}
		finally {
			NewStoreImport.clear();
		}
	}

	private static String option(String[] options, String prefix) {
		return Arrays.stream(options)
			.filter((o) -> o.startsWith(prefix))
			.map((o) -> o.substring(prefix.length()))
			.reduce((a, b) -> b)
			.orElse(null);
	}

	private static FullFeed fullFeed(boolean csv, String institution, String date) {
		if (institution == null && date == null) {
			return null;
		}
		if (!csv || institution == null) {
			throw new IllegalArgumentException(
					"--feed-institution and --feed-date are for an HR feed (FILE.csv); --feed-date needs --feed-institution");
		}
		try {
			return new FullFeed(institution, (date != null) ? LocalDate.parse(date) : LocalDate.now(ZoneOffset.UTC));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("--feed-date=" + date + " is not a date such as 2026-03-08");
		}
	}

	private static long total(ImportResult result) {
		return result.counts()
			.values()
			.stream()
			.mapToLong((c) -> (long) c.created() + c.updated() + c.unchanged())
			.sum();
	}

	private static void print(ImportResult result, PrintStream out) {
		for (Map.Entry<String, ImportResult.Counts> kind : result.counts().entrySet()) {
			ImportResult.Counts c = kind.getValue();
			out.printf("  %-12s created %d, updated %d, unchanged %d%n", kind.getKey(), c.created(), c.updated(),
					c.unchanged());
		}
	}

}
