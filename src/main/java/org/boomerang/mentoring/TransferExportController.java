package org.boomerang.mentoring;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/export/transfers.csv}: every transfer as one CSV row for research on
 * which pairings and assignment methods work. People and mentorships appear only as
 * stable pseudonyms (HMAC-SHA256 of their id under a secret key); names, e-mails and the
 * free-text notes of outcomes are left out, because free text can identify people. Rows
 * are written as they arrive from the database, so memory does not grow with the export.
 * The cells that carry text people wrote (the skill's id and name, the professions' ids)
 * are neutralised against spreadsheet formulas ({@link #neutralised}); the others are
 * dates, numbers, enum names and pseudonyms, which cannot start like a formula.
 */
@RestController
class TransferExportController {

	static final String HEADER = "date,skill_id,skill_name,teacher,learner,teacher_stage,learner_stage,direction,"
			+ "teacher_professions,learner_professions,teacher_institution_kinds,learner_institution_kinds,"
			+ "mentorship,mentorship_origin,mentorship_direction,format,minutes,rating,learner_confirmed";

	private final ExportRepository repository;

	private final ExportProperties properties;

	TransferExportController(ExportRepository repository, ExportProperties properties) {
		this.repository = repository;
		this.properties = properties;
	}

	@GetMapping("/api/export/transfers.csv")
	ResponseEntity<StreamingResponseBody> transfers() {
		String key = (this.properties.pseudonymKey() != null && !this.properties.pseudonymKey().isBlank())
				? this.properties.pseudonymKey() : this.repository.pseudonymKey();
		Mac mac = mac(key);
		StreamingResponseBody body = (out) -> {
			Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
			writer.write(HEADER);
			writer.write("\r\n");
			this.repository.transfers((row) -> {
				try {
					writeRow(writer, row, mac);
				}
				catch (java.io.IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			writer.flush();
		};
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"transfers.csv\"")
			.body(body);
	}

	private static void writeRow(Writer w, ExportRepository.ExportRow r, Mac mac) throws java.io.IOException {
		String[] cells = { r.on().toString(), neutralised(r.skillId()), neutralised(r.skillName()),
				pseudonym(mac, "p", r.from()), pseudonym(mac, "p", r.to()), r.fromStage(), r.toStage(), r.direction(),
				neutralised(joined(r.fromProfessions())), neutralised(joined(r.toProfessions())),
				joined(r.fromInstitutionKinds()), joined(r.toInstitutionKinds()),
				(r.mentorship() != null) ? pseudonym(mac, "m", r.mentorship()) : null, r.origin(),
				r.mentorshipDirection(), r.format(), text(r.minutes()), text(r.rating()), text(r.learnerConfirmed()) };
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				w.write(',');
			}
			w.write(quoted(cells[i]));
		}
		w.write("\r\n");
	}

	/**
	 * A CSV cell (RFC 4180): quoted when it holds a comma, quote or line break, with
	 * quotes doubled.
	 */
	static String quoted(String value) {
		if (value == null) {
			return "";
		}
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
			return value;
		}
		return "\"" + value.replace("\"", "\"\"") + "\"";
	}

	/**
	 * A cell of free text that a spreadsheet must show, not run: one that starts with
	 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a
	 * single quote in front (OWASP's advice on CSV injection), which spreadsheets take as
	 * "this is text".
	 */
	static String neutralised(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		char first = value.charAt(0);
		boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
				|| first == '\r';
		return formula ? "'" + value : value;
	}

	private static String joined(List<String> values) {
		return String.join(";", values.stream().sorted().toList());
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

	private static String pseudonym(Mac mac, String prefix, String id) {
		// Mac is not thread-safe, but each export streams on one thread with its own Mac.
		byte[] digest = mac.doFinal((prefix + ":" + id).getBytes(StandardCharsets.UTF_8));
		return prefix + "_" + HexFormat.of().formatHex(digest, 0, 12);
	}

	private static Mac mac(String key) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac;
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
