package org.boomerang.mentoring;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TransferExportTests extends MentoringGraphQl {

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

}
