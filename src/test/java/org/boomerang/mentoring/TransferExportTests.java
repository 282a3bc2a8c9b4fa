package org.boomerang.mentoring;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class TransferExportTests extends MentoringGraphQl {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void the_export_has_a_header_and_one_row_per_transfer_without_names_emails_or_notes() {
		importExample();
		recordTransfer(transfer("transfer:4", "person:example-lin", "person:example-ana", "2026-03-05", "skill",
				"skill:example-telehealth", "outcome",
				Map.of("rating", 2, "learnerConfirmed", false, "notes", "Dr Lin Chen was late")))
			.errors()
			.verify();
		HttpResponse<String> response = get("/api/export/transfers.csv");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		List<String> lines = response.body().lines().toList();
		assertThat(lines.get(0)).isEqualTo(TransferExportController.HEADER);
		assertThat(lines).hasSize(1 + 4);
		assertThat(response.body()).doesNotContain("Ana")
			.doesNotContain("Okafor")
			.doesNotContain("Malcolm")
			.doesNotContain("Lin Chen")
			.doesNotContain("person:")
			.doesNotContain("ana-malcolm")
			.doesNotContain("@")
			.doesNotContain("late");
	}

	@Test
	void rows_carry_the_pairing_and_outcome_with_stable_pseudonyms() {
		importExample();
		List<String> first = get("/api/export/transfers.csv").body().lines().toList();
		List<String> second = get("/api/export/transfers.csv").body().lines().toList();
		assertThat(second).isEqualTo(first);
		List<String> header = Arrays.asList(first.get(0).split(","));
		String[] podcast = first.get(1).split(",", -1);
		assertThat(podcast[header.indexOf("date")]).isEqualTo("2026-02-10");
		assertThat(podcast[header.indexOf("skill_id")]).isEqualTo("skill:example-podcasting");
		assertThat(podcast[header.indexOf("teacher_stage")]).isEqualTo("EARLY_CAREER");
		assertThat(podcast[header.indexOf("learner_stage")]).isEqualTo("SENIOR");
		assertThat(podcast[header.indexOf("direction")]).isEqualTo("REVERSE");
		assertThat(podcast[header.indexOf("teacher_professions")]).isEqualTo("prof:example-physiotherapy");
		assertThat(podcast[header.indexOf("learner_professions")])
			.isEqualTo("prof:example-education;prof:example-medicine");
		assertThat(podcast[header.indexOf("learner_institution_kinds")]).isEqualTo("HOSPITAL;UNIVERSITY");
		assertThat(podcast[header.indexOf("mentorship")]).startsWith("m_");
		assertThat(podcast[header.indexOf("mentorship_origin")]).isEqualTo("ASSIGNED");
		assertThat(podcast[header.indexOf("format")]).isEqualTo("ONE_TO_ONE");
		assertThat(podcast[header.indexOf("minutes")]).isEqualTo("60");
		assertThat(podcast[header.indexOf("rating")]).isEqualTo("5");
		assertThat(podcast[header.indexOf("learner_confirmed")]).isEqualTo("true");
		String[] reply = first.get(2).split(",", -1);
		// The same person keeps one pseudonym on either side of a transfer.
		assertThat(reply[header.indexOf("learner")]).isEqualTo(podcast[header.indexOf("teacher")]);
		assertThat(reply[header.indexOf("teacher")]).isEqualTo(podcast[header.indexOf("learner")]).startsWith("p_");
		assertThat(reply[header.indexOf("rating")]).isEmpty();
		String[] consult = first.get(3).split(",", -1);
		assertThat(consult[header.indexOf("mentorship")]).isEmpty();
		assertThat(consult[header.indexOf("format")]).isEqualTo("CONSULT");
	}

	@Test
	void cells_with_commas_or_quotes_are_quoted() {
		assertThat(TransferExportController.quoted("Skill, two")).isEqualTo("\"Skill, two\"");
		assertThat(TransferExportController.quoted("a \"b\"")).isEqualTo("\"a \"\"b\"\"\"");
		assertThat(TransferExportController.quoted("plain")).isEqualTo("plain");
		assertThat(TransferExportController.quoted(null)).isEmpty();
	}

	@Test
	void cells_of_free_text_that_a_spreadsheet_would_run_start_with_a_single_quote() {
		// (A leading tab or carriage return never reaches the graph: the import strips
		// names. The neutralising covers them anyway, below.)
		List<String> starts = List.of("=", "+", "-", "@");
		List<Map<String, Object>> skills = new ArrayList<>();
		List<Map<String, Object>> transfers = new ArrayList<>();
		for (int i = 0; i < starts.size(); i++) {
			skills.add(Map.of("id", "skill:formula-" + i, "name", starts.get(i) + "1+cmd|' /C calc'!A0"));
			transfers.add(Map.of("id", "transfer:formula-" + i, "from", "person:formula-a", "to", "person:formula-b",
					"skill", "skill:formula-" + i, "on", "2026-01-1" + i));
		}
		// Ids may start with a dash too: the skill's id and the professions' ids are
		// text.
		skills.add(Map.of("id", "-skill:dash", "name", "Plain name"));
		transfers.add(Map.of("id", "transfer:formula-dash", "from", "person:formula-a", "to", "person:formula-b",
				"skill", "-skill:dash", "on", "2026-01-20"));
		Map<String, Object> document = Map.of("format", "boomerang-import/1", "professions",
				List.of(Map.of("id", "-prof:dash", "name", "Dash"), Map.of("id", "prof:plain", "name", "Plain")),
				"skills", skills, "people",
				List.of(Map.of("id", "person:formula-a", "name", "A", "careerStage", "SPECIALIST", "professions",
						List.of("-prof:dash")),
						Map.of("id", "person:formula-b", "name", "B", "careerStage", "SENIOR", "professions",
								List.of("prof:plain"))),
				"transfers", transfers);
		importJson(JSON.writeValueAsString(document));

		List<List<String>> rows = csv(get("/api/export/transfers.csv").body());
		List<String> header = rows.get(0);
		assertThat(rows).hasSize(1 + starts.size() + 1);
		for (int i = 0; i < starts.size(); i++) {
			List<String> row = rows.get(1 + i);
			assertThat(row.get(header.indexOf("skill_name"))).as("a name starting with %s", starts.get(i))
				.isEqualTo("'" + starts.get(i) + "1+cmd|' /C calc'!A0");
			assertThat(row.get(header.indexOf("teacher_professions"))).isEqualTo("'-prof:dash");
			assertThat(row.get(header.indexOf("learner_professions"))).isEqualTo("prof:plain");
			assertThat(row.get(header.indexOf("skill_id"))).isEqualTo("skill:formula-" + i);
		}
		List<String> dash = rows.get(rows.size() - 1);
		assertThat(dash.get(header.indexOf("skill_id"))).isEqualTo("'-skill:dash");
		assertThat(dash.get(header.indexOf("skill_name"))).isEqualTo("Plain name");
		// No cell of any row starts like a formula.
		assertThat(rows.stream().flatMap(List::stream))
			.noneMatch((cell) -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0);
	}

	@Test
	void neutralising_covers_tabs_and_carriage_returns_and_leaves_other_text_alone() {
		assertThat(TransferExportController.neutralised("Telehealth - basics")).isEqualTo("Telehealth - basics");
		assertThat(TransferExportController.neutralised("")).isEmpty();
		assertThat(TransferExportController.neutralised(null)).isNull();
		assertThat(TransferExportController.neutralised("\tcmd")).isEqualTo("'\tcmd");
		assertThat(TransferExportController.neutralised("\r=cmd")).isEqualTo("'\r=cmd");
		assertThat(TransferExportController.quoted(TransferExportController.neutralised("\r=cmd")))
			.isEqualTo("\"'\r=cmd\"");
	}

	/**
	 * Cells of an RFC 4180 document (quoted cells may hold commas, quotes, line breaks).
	 */
	private static List<List<String>> csv(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				i++;
			}
			else {
				cell.append(c);
			}
		}
		return rows;
	}

}
