package org.boomerang.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.boomerang.api.Problem;
import org.boomerang.graph.DatabaseFailures;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/import}: the bulk load of the import document format. 200 with counts
 * per kind and the time taken; 400 with every problem and its JSON path (nothing
 * written); 409 when a conflict with another write stopped the import after some batches
 * were committed (which ones, and the counts they hold); 503 (or 500) when it was
 * interrupted after some batches; 413 above the size limit; 415 for anything but JSON or
 * an HR feed's CSV ({@code text/csv}, see {@link PeopleFeed}).
 */
@RestController
class ImportController {

	private final ImportService imports;

	private final PeopleFeed feed;

	private final ImportProperties properties;

	ImportController(ImportService imports, PeopleFeed feed, ImportProperties properties) {
		this.imports = imports;
		this.feed = feed;
		this.properties = properties;
	}

	@PostMapping(path = "/api/import", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ImportResult importDocument(HttpServletRequest request) throws IOException {
		try (InputStream body = body(request)) {
			return this.imports.importDocument(body);
		}
	}

	/**
	 * An HR feed of people as CSV; with {@code institution} (and optionally {@code date},
	 * today unless given) a full feed of that institution.
	 */
	@PostMapping(path = "/api/import", consumes = "text/csv", produces = MediaType.APPLICATION_JSON_VALUE)
	FeedResult importFeed(HttpServletRequest request, @RequestParam(required = false) String institution,
			@RequestParam(required = false) String date) throws IOException {
		FullFeed full = fullFeed(institution, date);
		try (InputStream body = body(request)) {
			return this.feed.importFeed(body, full);
		}
	}

	private static FullFeed fullFeed(String institution, String date) {
		if (institution == null) {
			if (date != null) {
				throw new ImportRejectedException(List.of(new Problem("date",
						"a feed's date belongs to a full feed: give the institution too (?institution=...&date=...)")));
			}
			return null;
		}
		if (!FieldReader.ID.matcher(institution).matches()) {
			throw new ImportRejectedException(
					List.of(new Problem("institution", "'" + FieldReader.shorten(institution) + "' is not an id")));
		}
		try {
			return new FullFeed(institution, (date != null) ? LocalDate.parse(date) : LocalDate.now(ZoneOffset.UTC));
		}
		catch (DateTimeParseException ex) {
			throw new ImportRejectedException(List.of(new Problem("date",
					"'" + FieldReader.shorten(date) + "' is not an ISO-8601 date such as 2026-03-08")));
		}
	}

	private InputStream body(HttpServletRequest request) throws IOException {
		long limit = this.properties.maxDocumentSize().toBytes();
		if (request.getContentLengthLong() > limit) {
			throw new DocumentTooLargeException(limit);
		}
		return new LimitedInputStream(request.getInputStream(), limit);
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> rejected(ImportRejectedException ex) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", "BAD_REQUEST");
		body.put("message", "The document was refused with " + ex.problems().size()
				+ " problem(s); nothing was written. Fix them and send the whole document again.");
		body.put("problems", ex.problems());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(body);
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> conflict(ImportConflictException ex) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", "CONFLICT");
		body.put("message", "The document was valid, but " + ex.problems().size()
				+ " conflict(s) with writes made after it was checked stopped the import: the batches listed in"
				+ " 'committed' are written, nothing after them is. Settle the problems and send the whole document"
				+ " again: what is written is left unchanged and the rest is written.");
		body.put("problems", ex.problems());
		body.put("committed", ex.committed());
		body.put("written", ex.written().counts());
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_JSON).body(body);
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> interrupted(ImportInterruptedException ex) {
		boolean unavailable = databaseUnavailable(ex);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", unavailable ? "UNAVAILABLE" : "INTERNAL_ERROR");
		body.put("message",
				"The import was interrupted" + (unavailable ? " because the database is not available" : "")
						+ " after the batches listed in 'committed' were written; nothing after them is. Send the whole"
						+ " document again" + (unavailable ? " once the database is back" : "")
						+ ": what is written is left unchanged and the rest is written.");
		body.put("problems", List.of());
		body.put("committed", ex.committed());
		body.put("written", ex.written().counts());
		return ResponseEntity.status(unavailable ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.INTERNAL_SERVER_ERROR)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body);
	}

	private static boolean databaseUnavailable(Throwable ex) {
		return DatabaseFailures.unavailable(ex);
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> tooLarge(DocumentTooLargeException ex) {
		return error(HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE", ex.getMessage());
	}

	private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String code, String message) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", code);
		body.put("message", message);
		body.put("problems", List.of());
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
	}

	/**
	 * The body is larger than {@code boomerang.import.max-document-size}.
	 */
	static class DocumentTooLargeException extends RuntimeException {

		DocumentTooLargeException(long limit) {
			super("The document is larger than the limit of " + limit + " bytes (boomerang.import.max-document-size);"
					+ " split it into several documents: each is imported on its own");
		}

	}

	/**
	 * Stops reading a body without Content-Length once it passes the limit.
	 */
	private static final class LimitedInputStream extends FilterInputStream {

		private final long limit;

		private long read;

		LimitedInputStream(InputStream in, long limit) {
			super(in);
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(long n) {
			this.read += n;
			if (this.read > this.limit) {
				throw new DocumentTooLargeException(this.limit);
			}
		}

	}

}
