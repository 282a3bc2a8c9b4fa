package org.boomerang.programme;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * mentoringOutcomes on a known graph: two ASSIGNED mentorships in a programme (one
 * reciprocal with two transfers, one confirmed and rated 4, the other rated 2; one with
 * none) and one SELF_IDENTIFIED outside any (one confirmed transfer rated 5). The
 * programme exists before the import, so the import links its mentorships to it.
 */
class OutcomesTests extends ProgrammeGraphQl {

	private static final String MENTORSHIPS = """
			{ "format": "boomerang-import/1",
			  "mentorships": [
			    { "id": "m:1", "mentor": "mia", "mentee": "eva", "skills": ["skill:ehr"], "startedOn": "2025-01-01",
			      "origin": "ASSIGNED", "program": "prog:one" },
			    { "id": "m:2", "mentor": "max", "mentee": "ema", "skills": ["skill:podcasting"], "startedOn": "2025-01-01",
			      "origin": "ASSIGNED", "program": "prog:one" },
			    { "id": "m:3", "mentor": "mia", "mentee": "eli", "skills": ["skill:ehr"], "startedOn": "2025-01-01" } ],
			  "transfers": [
			    { "id": "t:1", "from": "mia", "to": "eva", "skill": "skill:ehr", "on": "2025-02-01", "mentorship": "m:1",
			      "outcome": { "rating": 4, "learnerConfirmed": true } },
			    { "id": "t:2", "from": "eva", "to": "mia", "skill": "skill:ehr", "on": "2025-02-08", "mentorship": "m:1",
			      "outcome": { "rating": 2 } },
			    { "id": "t:3", "from": "mia", "to": "eli", "skill": "skill:ehr", "on": "2025-02-01", "mentorship": "m:3",
			      "outcome": { "rating": 5, "learnerConfirmed": true } } ] }
			""";

	@Test
	void outcomes_count_per_programme_and_origin() {
		programmeWithEveryone(null);
		importJson(MENTORSHIPS);
		JsonNode rows = json(as(this.tokens.coordinator("uma"), "Outcomes"), "mentoringOutcomes");
		assertThat(rows).hasSize(2);
		JsonNode assigned = rows.get(0);
		assertThat(assigned.get("programme").asString()).isEqualTo("prog:one");
		assertThat(assigned.get("programmeName").asString()).isEqualTo("Programme prog:one");
		assertThat(assigned.get("origin").asString()).isEqualTo("ASSIGNED");
		assertThat(assigned.get("mentorships").asInt()).isEqualTo(2);
		assertThat(assigned.get("transfers").asInt()).isEqualTo(2);
		assertThat(assigned.get("transfersPerMentorship").asDouble()).isCloseTo(1.0, within(1e-9));
		assertThat(assigned.get("reciprocalShare").asDouble()).isCloseTo(0.5, within(1e-9));
		assertThat(assigned.get("confirmedShare").asDouble()).isCloseTo(0.5, within(1e-9));
		assertThat(assigned.get("meanRating").asDouble()).isCloseTo(3.0, within(1e-9));
		JsonNode self = rows.get(1);
		assertThat(self.get("programme").isNull()).isTrue();
		assertThat(self.get("origin").asString()).isEqualTo("SELF_IDENTIFIED");
		assertThat(self.get("mentorships").asInt()).isEqualTo(1);
		assertThat(self.get("transfersPerMentorship").asDouble()).isCloseTo(1.0, within(1e-9));
		assertThat(self.get("reciprocalShare").asDouble()).isZero();
		assertThat(self.get("confirmedShare").asDouble()).isCloseTo(1.0, within(1e-9));
		assertThat(self.get("meanRating").asDouble()).isCloseTo(5.0, within(1e-9));
		JsonNode one = json(admin("Outcomes", "programme", "prog:one"), "mentoringOutcomes");
		assertThat(one).hasSize(1);
		assertThat(one.get(0)).isEqualTo(assigned);
		// The import linked the programme's mentorships to it.
		assertThat(ids(json(admin("Programme", "id", "prog:one"), "programme.mentorships"))).containsExactly("m:1",
				"m:2");
		assertThat(onlyCode(as(this.tokens.staff("eva"), "Outcomes"))).isEqualTo("FORBIDDEN");
	}

	@Test
	void a_programme_recorded_after_its_mentorships_links_them() {
		importJson(NETWORK);
		importJson(MENTORSHIPS);
		json(admin("Upsert", "input", programme("prog:one", "OPEN", List.of("inst:harbour"), List.of("cora"), null)),
				"upsertProgramme");
		assertThat(ids(json(admin("Programme", "id", "prog:one"), "programme.mentorships"))).containsExactly("m:1",
				"m:2");
	}

}
