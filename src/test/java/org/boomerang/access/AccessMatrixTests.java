package org.boomerang.access;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import org.boomerang.GraphTests;
import org.boomerang.Tokens;
import org.boomerang.security.Scopes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call what: every query and mutation of the schema (read from the running
 * service, so a new operation without a row fails), for every kind of caller, answered as
 * allowed (no error at all) or refused with the exact code. Anonymous callers are always
 * {@code UNAUTHORIZED} (HTTP 401).
 */
class AccessMatrixTests extends GraphTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Who calls. {@code STAFF_SELF} is the person the operation is about,
	 * {@code STAFF_OTHER} someone else.
	 */
	enum Caller {

		STAFF_SELF, STAFF_OTHER, COORDINATOR, ADMIN, READ, IMPORT, EXPORT, RECORD;

		String token(Tokens tokens, Row row) {
			return switch (this) {
				case STAFF_SELF -> tokens.staff(row.self());
				case STAFF_OTHER -> tokens.staff(row.other());
				case COORDINATOR -> tokens.coordinator("cora");
				case ADMIN -> tokens.admin();
				case READ -> tokens.client("portal", Scopes.READ);
				case IMPORT -> tokens.client("hr-feed", Scopes.IMPORT);
				case EXPORT -> tokens.client("research", Scopes.EXPORT);
				case RECORD -> tokens.client("recorder", Scopes.RECORD);
			};
		}

	}

	/**
	 * One operation: the schema field, its operation in {@code matrix.graphql},
	 * variables, who "self" and "other" are, and the callers refused with
	 * {@code FORBIDDEN} (everyone else signed in is allowed).
	 */
	record Row(String field, String operation, Map<String, Object> variables, String self, String other,
			Set<Caller> forbidden) {
	}

	private static Row row(String field, String operation, Map<String, Object> variables, String self, String other,
			Caller... forbidden) {
		return new Row(field, operation, variables, self, other,
				(forbidden.length == 0) ? EnumSet.noneOf(Caller.class) : EnumSet.copyOf(List.of(forbidden)));
	}

	private static Set<Caller> allBut(Caller... allowed) {
		Set<Caller> refused = EnumSet.allOf(Caller.class);
		refused.removeAll(List.of(allowed));
		return refused;
	}

	private static Row onlyFor(String field, String operation, Map<String, Object> variables, String self, String other,
			Caller... allowed) {
		return new Row(field, operation, variables, self, other, allBut(allowed));
	}

	/**
	 * The matrix, in the order it runs (writes last; each is safe to repeat). Ana and Dee
	 * are staff, Cora coordinates the programme of Dee and Cy (see AccessFixture).
	 */
	static List<Row> rows() {
		Caller staffOther = Caller.STAFF_OTHER;
		return List.of(row("Query.person", "Person", Map.of("id", "ana"), "ana", "dee"),
				row("Query.people", "People", Map.of(), "ana", "dee"),
				row("Query.skill", "Skill", Map.of("id", "skill:ehr"), "ana", "dee"),
				row("Query.institution", "Institution", Map.of("id", "inst:uni"), "ana", "dee"),
				row("Query.profession", "Profession", Map.of("id", "prof:nursing"), "ana", "dee"),
				row("Query.community", "Community", Map.of("id", "cop:digital"), "ana", "dee"),
				row("Query.institutions", "Institutions", Map.of(), "ana", "dee"),
				row("Query.professions", "Professions", Map.of(), "ana", "dee"),
				row("Query.communities", "Communities", Map.of(), "ana", "dee"),
				row("Query.mentorships", "Mentorships", Map.of(), "ana", "dee"),
				row("Query.transfers", "Transfers", Map.of(), "ana", "dee"),
				row("Query.me", "Me", Map.of(), "ana", "dee"),
				row("Query.mentorship", "Mentorship", Map.of("id", "m:ana-bo"), "ana", "dee"),
				row("Query.transfer", "Transfer", Map.of("id", "t:ana-bo"), "ana", "dee"),
				row("Query.knowledgeFlows", "KnowledgeFlows", Map.of(), "ana", "dee"),
				// The coordinator's workspace: STAFF may not (it describes everyone's
				// mentoring), nor clients without boomerang:read.
				onlyFor("Query.network", "Network", Map.of(), "ana", "dee", Caller.COORDINATOR, Caller.ADMIN,
						Caller.READ),
				onlyFor("Query.brokers", "Brokers", Map.of(), "ana", "dee", Caller.COORDINATOR, Caller.ADMIN,
						Caller.READ),
				onlyFor("Query.skillGaps", "SkillGaps", Map.of(), "ana", "dee", Caller.COORDINATOR, Caller.ADMIN,
						Caller.READ),
				onlyFor("Query.mentoringTimeline", "MentoringTimeline", Map.of(), "ana", "dee", Caller.COORDINATOR,
						Caller.ADMIN, Caller.READ),
				row("Query.resolveTopic", "ResolveTopic", Map.of(), "ana", "dee"),
				row("Query.suggestSkills", "SuggestSkills", Map.of(), "ana", "dee"),
				row("Query.whoCanTeach", "WhoCanTeach", Map.of("asker", "ana"), "ana", "dee", staffOther, Caller.IMPORT,
						Caller.EXPORT, Caller.RECORD),
				row("Query.reciprocalMatches", "ReciprocalMatches", Map.of("person", "dee"), "dee", "ana", staffOther,
						Caller.IMPORT, Caller.EXPORT, Caller.RECORD),
				onlyFor("Mutation.upsertPerson", "UpsertPerson",
						Map.of("input", Map.of("id", "zed", "name", "Zed New", "careerStage", "STUDENT")), "ana", "dee",
						Caller.ADMIN, Caller.IMPORT),
				onlyFor("Mutation.upsertSkill", "UpsertSkill",
						Map.of("input", Map.of("id", "skill:new", "name", "A new skill")), "ana", "dee", Caller.ADMIN,
						Caller.IMPORT),
				// Everyone signed in as a person edits their own profile; a token without
				// a person (the tests' admin, clients) has none.
				onlyFor("Mutation.updateMyProfile", "UpdateMyProfile", Map.of("input", Map.of("mentoringCapacity", 3)),
						"ana", "dee", Caller.STAFF_SELF, Caller.STAFF_OTHER, Caller.COORDINATOR),
				onlyFor("Mutation.startMentorship", "StartMentorship",
						Map.of("input",
								Map.of("id", "m:dee-cy-2", "mentor", "dee", "mentee", "cy", "skills",
										List.of("skill:podcasting"), "startedOn", "2025-05-01")),
						"dee", "ana", Caller.STAFF_SELF, Caller.COORDINATOR, Caller.ADMIN, Caller.RECORD),
				onlyFor("Mutation.recordTransfer", "RecordTransfer",
						Map.of("input",
								Map.of("id", "t:dee-cy", "from", "dee", "to", "cy", "skill", "skill:podcasting", "on",
										"2025-05-02", "mentorship", "m:dee-cy")),
						"dee", "ana", Caller.STAFF_SELF, Caller.COORDINATOR, Caller.ADMIN, Caller.RECORD),
				// Dee learned from Cy: Dee confirms; Cy (the teacher) may not.
				onlyFor("Mutation.confirmTransfer", "ConfirmTransfer", Map.of("id", "t:cy-dee", "rating", 4), "dee",
						"cy", Caller.STAFF_SELF, Caller.ADMIN, Caller.RECORD),
				row("Query.programme", "Programme", Map.of("id", "prog:reverse"), "ana", "dee"),
				row("Query.programmes", "Programmes", Map.of(), "ana", "dee"),
				onlyFor("Query.assignmentPlan", "AssignmentPlan", Map.of("id", "plan:fixture"), "cora", "dee",
						Caller.COORDINATOR, Caller.ADMIN),
				// Null (no error) for anyone who is neither its asker nor its addressee.
				row("Query.mentorshipRequest", "MentorshipRequest", Map.of("id", "request:fixture-1"), "dee", "ana"),
				// A person's own list: tokens that name no person have none.
				onlyFor("Query.myMentorshipRequests", "MyMentorshipRequests", Map.of(), "dee", "ana", Caller.STAFF_SELF,
						Caller.STAFF_OTHER, Caller.COORDINATOR),
				onlyFor("Query.mentoringOutcomes", "MentoringOutcomes", Map.of(), "ana", "dee", Caller.COORDINATOR,
						Caller.ADMIN, Caller.READ),
				// Cora works at Harbour, the programme's institution.
				onlyFor("Mutation.upsertProgramme", "UpsertProgramme",
						Map.of("input",
								Map.of("id", "prog:reverse", "name", "Reverse mentoring", "kind", "REVERSE",
										"institutions", List.of("inst:harbour"), "coordinators", List.of("cora"))),
						"cora", "dee", Caller.COORDINATOR, Caller.ADMIN),
				onlyFor("Mutation.enrol", "Enrol", Map.of("programme", "prog:reverse", "person", "ana", "as", "MENTOR"),
						"cora", "dee", Caller.COORDINATOR, Caller.ADMIN),
				onlyFor("Mutation.unenrol", "Unenrol",
						Map.of("programme", "prog:reverse", "person", "ana", "as", "MENTEE"), "cora", "dee",
						Caller.COORDINATOR, Caller.ADMIN),
				// Before proposeAssignment, which replaces the pending plan.
				onlyFor("Mutation.publishAssignment", "PublishAssignment", Map.of("plan", "plan:fixture"), "cora",
						"dee", Caller.COORDINATOR, Caller.ADMIN),
				onlyFor("Mutation.proposeAssignment", "ProposeAssignment", Map.of("programme", "prog:reverse"), "cora",
						"dee", Caller.COORDINATOR, Caller.ADMIN),
				// Dee asks Ana, Cy asks Ana, Cora asks Ana; sending again answers the
				// pending one.
				onlyFor("Mutation.requestMentorship", "RequestMentorship",
						Map.of("input", Map.of("to", "ana", "skills", List.of("skill:ehr"))), "dee", "cy",
						Caller.STAFF_SELF, Caller.STAFF_OTHER, Caller.COORDINATOR),
				// Only the person asked answers (Dee, asked by Bo); declining again
				// changes nothing.
				onlyFor("Mutation.respondToMentorshipRequest", "RespondToMentorshipRequest",
						Map.of("id", "request:fixture-1", "accept", false), "dee", "ana", Caller.STAFF_SELF),
				// Only the asker withdraws (Bo, who asked Cora).
				onlyFor("Mutation.withdrawMentorshipRequest", "WithdrawMentorshipRequest",
						Map.of("id", "request:fixture-2"), "bo", "ana", Caller.STAFF_SELF),
				onlyFor("Mutation.endMentorship", "EndMentorship", Map.of("id", "m:dee-cy", "endedOn", "2025-12-31"),
						"dee", "ana", Caller.STAFF_SELF, Caller.COORDINATOR, Caller.ADMIN, Caller.RECORD),
				onlyFor("Query.placePeople", "PlacePeople", Map.of("level", "COMMUNITY", "place", "cop:digital"), "ana",
						"dee", Caller.COORDINATOR, Caller.ADMIN, Caller.READ),
				onlyFor("Query.auditTrail", "AuditTrail", Map.of(), "ana", "dee", Caller.ADMIN),
				// Last: it erases Zed, whom upsertPerson made.
				onlyFor("Mutation.erasePerson", "ErasePerson", Map.of("id", "zed"), "ana", "dee", Caller.ADMIN));
	}

	@Autowired
	private GraphQlSource graphQlSource;

	@BeforeEach
	void network() {
		importJson(AccessFixture.NETWORK);
		write(AccessFixture.PROGRAMME, Map.of());
	}

	@Test
	void every_query_and_mutation_has_a_row() {
		GraphQLSchema schema = this.graphQlSource.schema();
		Set<String> operations = new TreeSet<>();
		schema.getQueryType().getFieldDefinitions().forEach((f) -> operations.add("Query." + f.getName()));
		for (GraphQLFieldDefinition field : schema.getMutationType().getFieldDefinitions()) {
			operations.add("Mutation." + field.getName());
		}
		assertThat(new TreeSet<>(rows().stream().map(Row::field).toList()))
			.as("operations of the schema: each needs a row in AccessMatrixTests.rows()")
			.isEqualTo(operations);
	}

	@Test
	void every_caller_is_allowed_or_refused_with_the_exact_code() throws IOException {
		String document = document();
		List<String> wrong = new ArrayList<>();
		for (Row row : rows()) {
			HttpResponse<String> anonymous = call(document, row, null);
			check(wrong, row, "anonymous", anonymous, "UNAUTHORIZED", 401);
			for (Caller caller : Caller.values()) {
				String expected = row.forbidden().contains(caller) ? "FORBIDDEN" : null;
				check(wrong, row, caller.name(), call(document, row, caller.token(this.tokens, row)), expected, 200);
			}
		}
		assertThat(wrong).isEmpty();
	}

	private static void check(List<String> wrong, Row row, String caller, HttpResponse<String> answer, String expected,
			int status) {
		List<String> codes = codes(answer.body());
		boolean right = (expected == null) ? codes.isEmpty() : codes.equals(List.of(expected));
		if (!right || answer.statusCode() != status) {
			wrong.add(row.field() + " as " + caller + ": expected " + ((expected != null) ? expected : "allowed")
					+ " (HTTP " + status + "), got HTTP " + answer.statusCode() + " " + answer.body());
		}
	}

	private HttpResponse<String> call(String document, Row row, String token) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", document);
		body.put("operationName", row.operation());
		body.put("variables", row.variables());
		return post("/graphql", "application/json", JSON.writeValueAsString(body), token);
	}

	private static List<String> codes(String body) {
		JsonNode errors = JSON.readTree(body).path("errors");
		List<String> codes = new ArrayList<>();
		errors.forEach((e) -> codes.add(e.path("extensions").path("code").asString()));
		return codes;
	}

	private static String document() throws IOException {
		try (InputStream in = AccessMatrixTests.class.getResourceAsStream("/graphql-test/matrix.graphql")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
