package org.boomerang.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.boomerang.audit.Auditor;
import org.boomerang.graph.NewStoreSeed;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.util.FileSystemUtils;

/**
 * The {@code import} command's fast way into a new embedded store: before the database
 * first opens the store, the document is checked exactly as {@link ImportService} checks
 * it (against a graph that holds nothing, {@link EmptyGraph}), written as CSV files
 * ({@link StoreFiles}) and turned into the store by Neo4j's own bulk importer (what
 * {@code neo4j-admin database import full} runs), which writes store files directly
 * instead of committing transactions. The command asks for it ({@link #request}) and,
 * once the service has started, records the import in the audit trail
 * ({@link ImportService#recordNewStoreImport}). Anything that stops it (a document with
 * problems, one with programmes, one smaller than
 * {@code boomerang.import.new-store-bulk-from} entities, a failure of the bulk importer)
 * leaves the store new and empty, and the command then imports the document the usual
 * way, which reports the problems. Registered as a {@link NewStoreSeed} in
 * {@code META-INF/spring.factories}.
 */
public final class NewStoreImport implements NewStoreSeed {

	private static final Logger log = LoggerFactory.getLogger(NewStoreImport.class);

	private static final AtomicReference<Request> REQUEST = new AtomicReference<>();

	/**
	 * Asks the next start of an embedded database with a new store to fill it with a
	 * document; the command clears the request ({@link #clear}) whatever happens.
	 * @param document the document
	 * @param progress hears how far the checking and the writing have got
	 */
	public static void request(Path document, ImportProgress progress) {
		REQUEST.set(new Request(document.toAbsolutePath(), progress, new AtomicReference<>()));
	}

	/**
	 * What the requested import wrote into the new store, if it did.
	 * @return the outcome, or empty when the store was not filled this way
	 */
	public static Optional<Outcome> outcome() {
		Request request = REQUEST.get();
		return (request != null) ? Optional.ofNullable(request.outcome().get()) : Optional.empty();
	}

	/** Forgets the request and its outcome. */
	public static void clear() {
		REQUEST.set(null);
	}

	@Override
	public Optional<Seeding> plan(Path dataDir, Binder settings) {
		Request request = REQUEST.get();
		if (request == null) {
			return Optional.empty();
		}
		ImportProperties properties = settings.bindOrCreate("boomerang.import", ImportProperties.class);
		if (!properties.newStoreBulk()) {
			return Optional.empty();
		}
		return Optional.of(new Seeding() {

			@Override
			public String description() {
				return request.document() + " (Neo4j's bulk importer)";
			}

			@Override
			public void writeInto(Path staging) throws IOException {
				fill(staging, request, properties);
			}

		});
	}

	private static void fill(Path staging, Request request, ImportProperties properties) throws IOException {
		long start = System.nanoTime();
		Path csv = staging.resolve("csv");
		// What the checks kept is let go before the bulk importer runs: it needs the
		// heap.
		Written written = writeFiles(csv, request, properties);
		long filesWritten = System.nanoTime();
		log.info("Checked {} entities and wrote them as CSV in {} ms; Neo4j's bulk importer writes the store",
				written.entities(), (filesWritten - start) / 1_000_000);
		bulkImport(staging, written.arguments());
		log.info("Neo4j's bulk importer wrote the store in {} ms", (System.nanoTime() - filesWritten) / 1_000_000);
		FileSystemUtils.deleteRecursively(csv);
		request.outcome()
			.set(new Outcome(new ImportResult(written.counts(), (System.nanoTime() - start) / 1_000_000),
					written.targets()));
	}

	/**
	 * Checks the document and writes it as CSV files. A document in writing order (people
	 * before their mentorships and transfers) is written as it is checked; any other is
	 * read a second time.
	 */
	private static Written writeFiles(Path csv, Request request, ImportProperties properties) throws IOException {
		// To the millisecond: written some five million times, parsed as often.
		ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
		try (DocumentSource source = DocumentSource.of(request.document())) {
			Files.createDirectories(csv);
			StoreFiles firstReading = new StoreFiles(csv, now, Auditor.SYSTEM, null, request.progress());
			DocumentSurvey survey = ImportService.forEmptyGraph(properties)
				.check(source, request.progress(), (kind, index, row) -> firstReading.tryRow(kind, row));
			if (survey.total() < properties.newStoreBulkFrom()) {
				throw new IOException("the document has " + survey.total() + " entities, fewer than "
						+ properties.newStoreBulkFrom() + " (boomerang.import.new-store-bulk-from)");
			}
			if (survey.count(Kind.PROGRAMMES) > 0) {
				throw new IOException("the document has programmes, which the bulk writing leaves out");
			}
			StoreFiles files = firstReading;
			List<String> arguments = files.finish();
			if (files.incomplete()) {
				FileSystemUtils.deleteRecursively(csv);
				Files.createDirectories(csv);
				files = new StoreFiles(csv, now, Auditor.SYSTEM, survey, request.progress());
				ImportService.readInWritingOrder(survey, source, files);
				arguments = files.finish();
			}
			return new Written(arguments, survey.total(), files.counts(), List.copyOf(files.targets()));
		}
		catch (ImportRejectedException ex) {
			throw new IOException("the document has " + ex.problems().size() + " problem(s)", ex);
		}
	}

	private record Written(List<String> arguments, int entities, Map<String, ImportResult.Counts> counts,
			List<String> targets) {
	}

	/**
	 * Runs {@code neo4j-admin database import full} in this JVM, with the staging
	 * directory as Neo4j's home (its {@code data/} becomes the store).
	 */
	private static void bulkImport(Path home, List<String> files) throws IOException {
		Path conf = Files.createDirectories(home.resolve("conf"));
		Files.writeString(conf.resolve("neo4j.conf"), "");
		StageLines output = new StageLines();
		int code;
		try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
				DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
			ImportCommand.Full command = new ImportCommand.Full(new ExecutionContext(home, conf, out, out, fs));
			List<String> arguments = new ArrayList<>(files);
			arguments.add("--array-delimiter=U+001F");
			arguments.add("--report-file=" + home.resolve("import.report"));
			arguments.add("neo4j");
			code = new picocli.CommandLine(command).execute(arguments.toArray(String[]::new));
		}
		String report = output.toString(StandardCharsets.UTF_8);
		log.debug("Neo4j's bulk importer: {}", report);
		if (code != 0) {
			String tail = report.substring(Math.max(0, report.length() - 2000));
			throw new IOException("Neo4j's bulk importer failed (exit code " + code + "): " + tail);
		}
	}

	/**
	 * Keeps what the bulk importer prints and logs its stages as they begin and end
	 * ({@code (1/4) Node import ...}, {@code Node import COMPLETED in 22s 226ms}), the
	 * progress of a step that can take a minute.
	 */
	private static final class StageLines extends ByteArrayOutputStream {

		private int lineStart;

		@Override
		public synchronized void write(byte[] bytes, int offset, int length) {
			super.write(bytes, offset, length);
			for (int i = this.lineStart; i < this.count; i++) {
				if (this.buf[i] == '\n') {
					String line = new String(this.buf, this.lineStart, i - this.lineStart, StandardCharsets.UTF_8)
						.strip();
					if (line.matches("\\(\\d/\\d\\) .*") || line.contains(" COMPLETED in ")
							|| line.startsWith("IMPORT DONE")) {
						log.info("Neo4j's bulk importer: {}", line);
					}
					this.lineStart = i + 1;
				}
			}
		}

		@Override
		public synchronized void write(int b) {
			write(new byte[] { (byte) b }, 0, 1);
		}

	}

	/**
	 * What an import into a new store wrote.
	 *
	 * @param result the counts per kind and the time taken (checking included)
	 * @param targets the first ids written, for the audit entry
	 */
	public record Outcome(ImportResult result, List<String> targets) {
	}

	private record Request(Path document, ImportProgress progress, AtomicReference<Outcome> outcome) {
	}

}
