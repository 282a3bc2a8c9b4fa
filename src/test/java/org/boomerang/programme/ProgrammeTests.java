package org.boomerang.programme;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Programmes over GraphQL: creating and restating them, enrolling people, the errors of
 * bad input and who may do it, and who sees the people enrolled.
 */
class ProgrammeTests extends ProgrammeGraphQl {

	@Test
	void a_coordinator_creates_a_programme_of_their_institution_and_reads_it_back() {
		importJson(NETWORK);
		long audits = count("AuditEntry");
		JsonNode created = json(as(this.tokens.coordinator("cora"), "Upsert", "input", programme("prog:a", "REVERSE",
				List.of("inst:harbour"), List.of("cora"), Map.of("crossProfession", true, "maxMenteesPerMentor", 2))),
				"upsertProgramme");
		assertThat(created.get("kind").asString()).isEqualTo("REVERSE");
		assertThat(ids(created.get("institutions"))).containsExactly("inst:harbour");
		assertThat(ids(created.get("coordinators"))).containsExactly("cora");
		assertThat(created.get("rules").get("crossProfession").asBoolean()).isTrue();
		assertThat(created.get("rules").get("crossInstitution").asBoolean()).isFalse();
		assertThat(created.get("rules").get("maxMenteesPerMentor").asInt()).isEqualTo(2);
		JsonNode read = json(as(this.tokens.staff("eva"), "Programme", "id", "prog:a"), "programme");
		assertThat(read.get("name").asString()).isEqualTo("Programme prog:a");
		assertThat(count("AuditEntry")).isEqualTo(audits + 1);
	}

	@Test
	void sending_the_same_programme_again_changes_nothing_and_rules_left_out_keep_their_value() {
		importJson(NETWORK);
		Map<String, Object> input = programme("prog:a", "OPEN", List.of("inst:harbour"), List.of("cora"),
				Map.of("crossInstitution", true, "maxMenteesPerMentor", 3));
		String first = json(admin("Upsert", "input", input), "upsertProgramme").get("updatedAt").asString();
		long audits = count("AuditEntry");
		String again = json(admin("Upsert", "input", input), "upsertProgramme").get("updatedAt").asString();
		assertThat(again).isEqualTo(first);
		assertThat(count("AuditEntry")).isEqualTo(audits);
		JsonNode renamed = json(
				admin("Upsert", "input",
						programme("prog:a", "OPEN", List.of("inst:harbour"), List.of("cora", "uma"), null)),
				"upsertProgramme");
		assertThat(ids(renamed.get("coordinators"))).containsExactly("cora", "uma");
		assertThat(renamed.get("rules").get("crossInstitution").asBoolean()).isTrue();
		assertThat(renamed.get("rules").get("maxMenteesPerMentor").asInt()).isEqualTo(3);
		assertThat(count("Programme")).isEqualTo(1);
	}

	@Test
	void bad_input_is_refused_with_every_problem_named_and_nothing_written() {
		importJson(NETWORK);
		GraphQlTester.Response answer = admin("Upsert", "input", programme("prog:bad", "OPEN",
				List.of("inst:harbour", "inst:nowhere"), List.of("nobody"), Map.of("maxMenteesPerMentor", 0)));
		ResponseError error = firstError(answer);
		assertThat(code(error)).isEqualTo("BAD_REQUEST");
		assertThat(error.getMessage()).contains("input.institutions[1]: there is no institution 'inst:nowhere'")
			.contains("input.coordinators[0]: there is no person 'nobody'")
			.contains("input.rules.maxMenteesPerMentor: must be between 1 and 20, not 0");
		assertThat(count("Programme")).isZero();
		GraphQlTester.Response blank = admin("Upsert", "input", Map.of("id", "prog bad", "name", " ", "kind", "OPEN",
				"institutions", List.of(), "coordinators", List.of()));
		assertThat(firstError(blank).getMessage()).contains("input.id: must be 1-200 characters")
			.contains("input.name: must be 1-200 characters")
			.contains("input.institutions: name at least one institution")
			.contains("input.coordinators: name at least one coordinator");
	}

	@Test
	void a_coordinator_may_not_create_or_take_over_a_programme_of_another_institution() {
		importJson(NETWORK);
		GraphQlTester.Response elsewhere = as(this.tokens.coordinator("cora"), "Upsert", "input",
				programme("prog:uni", "OPEN", List.of("inst:uni"), List.of("cora"), null));
		assertThat(onlyCode(elsewhere)).isEqualTo("FORBIDDEN");
		assertThat(firstError(elsewhere).getMessage()).contains("not affiliated with inst:uni");
		json(admin("Upsert", "input", programme("prog:uni", "OPEN", List.of("inst:uni"), List.of("uma"), null)),
				"upsertProgramme");
		// Moving it to her own institution would still touch the university's programme.
		assertThat(onlyCode(as(this.tokens.coordinator("cora"), "Upsert", "input",
				programme("prog:uni", "OPEN", List.of("inst:harbour"), List.of("cora"), null))))
			.isEqualTo("FORBIDDEN");
		assertThat(onlyCode(as(this.tokens.staff("cora"), "Upsert", "input",
				programme("prog:h", "OPEN", List.of("inst:harbour"), List.of("cora"), null))))
			.isEqualTo("FORBIDDEN");
	}

	@Test
	void enrolling_twice_enrols_once_and_a_person_may_be_mentor_and_mentee() {
		programmeWithEveryone(null);
		long audits = count("AuditEntry");
		JsonNode again = json(
				as(this.tokens.coordinator("cora"), "Enrol", "programme", "prog:one", "person", "mia", "as", "MENTOR"),
				"enrol");
		assertThat(ids(again.get("mentors"))).containsExactly("max", "mia", "mo");
		assertThat(count("AuditEntry")).isEqualTo(audits);
		JsonNode both = json(admin("Enrol", "programme", "prog:one", "person", "mia", "as", "MENTEE"), "enrol");
		assertThat(ids(both.get("mentees"))).contains("mia");
		JsonNode out = json(admin("Unenrol", "programme", "prog:one", "person", "mia", "as", "MENTEE"), "unenrol");
		assertThat(ids(out.get("mentees"))).doesNotContain("mia");
		assertThat(ids(out.get("mentors"))).contains("mia");
	}

	@Test
	void enrolling_names_what_is_missing_and_only_the_programmes_coordinators_may() {
		programmeWithEveryone(null);
		assertThat(onlyCode(admin("Enrol", "programme", "prog:none", "person", "mia", "as", "MENTOR")))
			.isEqualTo("NOT_FOUND");
		GraphQlTester.Response nobody = admin("Enrol", "programme", "prog:one", "person", "nobody", "as", "MENTOR");
		assertThat(onlyCode(nobody)).isEqualTo("NOT_FOUND");
		assertThat(firstError(nobody).getMessage()).contains("there is no person 'nobody'");
		assertThat(onlyCode(
				as(this.tokens.coordinator("uma"), "Enrol", "programme", "prog:one", "person", "uma", "as", "MENTOR")))
			.isEqualTo("FORBIDDEN");
		assertThat(onlyCode(
				as(this.tokens.staff("eva"), "Enrol", "programme", "prog:one", "person", "eva", "as", "MENTOR")))
			.isEqualTo("FORBIDDEN");
	}

	@Test
	void a_coordinator_sees_the_private_people_enrolled_in_their_programme_and_others_do_not() {
		programmeWithEveryone(null);
		JsonNode seenByCora = json(as(this.tokens.coordinator("cora"), "Programme", "id", "prog:one"), "programme");
		assertThat(ids(seenByCora.get("mentees"))).contains("ezra");
		JsonNode seenByUma = json(as(this.tokens.coordinator("uma"), "Programme", "id", "prog:one"), "programme");
		assertThat(ids(seenByUma.get("mentees"))).doesNotContain("ezra").contains("eva");
		JsonNode seenByEva = json(as(this.tokens.staff("eva"), "Programme", "id", "prog:one"), "programme");
		assertThat(ids(seenByEva.get("mentees"))).doesNotContain("ezra");
		// Without the role, the same person does not see him either.
		JsonNode coraAsStaff = json(as(this.tokens.staff("cora"), "Programme", "id", "prog:one"), "programme");
		assertThat(ids(coraAsStaff.get("mentees"))).doesNotContain("ezra");
	}

	@Test
	void programmes_page_in_id_order() {
		importJson(NETWORK);
		for (String id : List.of("prog:c", "prog:a", "prog:b")) {
			json(admin("Upsert", "input", programme(id, "OPEN", List.of("inst:harbour"), List.of("cora"), null)),
					"upsertProgramme");
		}
		JsonNode first = json(admin("Programmes", "first", 2), "programmes");
		assertThat(first.get("edges").findValues("id").stream().map(JsonNode::asString)).containsExactly("prog:a",
				"prog:b");
		assertThat(first.get("pageInfo").get("hasNextPage").asBoolean()).isTrue();
		JsonNode next = json(
				admin("Programmes", "first", 2, "after", first.get("pageInfo").get("endCursor").asString()),
				"programmes");
		assertThat(next.get("edges").findValues("id").stream().map(JsonNode::asString)).containsExactly("prog:c");
	}

}
