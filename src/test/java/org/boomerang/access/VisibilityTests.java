package org.boomerang.access;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLTypeUtil;
import org.boomerang.GraphTests;
import org.boomerang.security.Scopes;
import org.boomerang.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field of the schema that returns a person, walked for a hidden person: a reader
 * who may not see them never gets them, a reader who may does. The schema is read from
 * the running service, so a new field that returns a person fails
 * {@link #every_field_that_returns_a_person_has_a_row} until it has a row here.
 */
class VisibilityTests extends GraphTests {

	@Autowired
	private GraphQlSource graphQlSource;

	/**
	 * One path to a person: the operation of {@code visibility.graphql} that reaches the
	 * field, its variables, the person it must hide, a reader who may not see them and
	 * one who may.
	 */
	private record Row(String operation, Map<String, Object> variables, String hidden, Function<Tokens, String> blind,
			Function<Tokens, String> sees) {
	}

	/**
	 * Fields that return a person without a read path to hide: what the caller wrote, or
	 * the caller themself.
	 */
	private static final Map<String, String> EXEMPT = Map.of("Me.person", "the signed-in person themself",
			"Mutation.upsertPerson", "the person an importer (ADMIN or boomerang:import) just wrote",
			"Mutation.updateMyProfile", "the signed-in person themself", "PlannedPair.mentor",
			"a plan is read only by its programme's coordinators and admins (FORBIDDEN or null for others), who see"
					+ " everyone enrolled",
			"PlannedPair.mentee", "as PlannedPair.mentor", "Unmatched.mentee", "as PlannedPair.mentor");

	/**
	 * Cy is PRIVATE (university; Dee mentors her, Cora coordinates her programme), Bo is
	 * INSTITUTION (Harbour): see AccessFixture.
	 */
	private static Map<String, List<Row>> rows() {
		Map<String, List<Row>> rows = new LinkedHashMap<>();
		rows.put("Query.person", List.of(
				new Row("Person", Map.of("id", "cy"), "cy", (t) -> t.staff("ana"), (t) -> t.staff("cy")),
				new Row("Person", Map.of("id", "cy"), "cy", (t) -> t.coordinator("ana"), (t) -> t.coordinator("cora")),
				new Row("Person", Map.of("id", "cy"), "cy", (t) -> t.client("hr", Scopes.IMPORT), Tokens::admin),
				new Row("Person", Map.of("id", "bo"), "bo", (t) -> t.staff("dee"), (t) -> t.staff("ana")),
				new Row("Person", Map.of("id", "cy"), "cy", (t) -> t.client("rec", Scopes.RECORD),
						(t) -> t.client("portal", Scopes.READ))));
		rows.put("PersonEdge.node",
				List.of(new Row("People", Map.of(), "cy", (t) -> t.staff("ana"), Tokens::admin),
						new Row("PeopleSearch", Map.of("search", "cy"), "cy", (t) -> t.staff("ana"),
								(t) -> t.coordinator("cora")),
						new Row("People", Map.of(), "bo", (t) -> t.staff("dee"), (t) -> t.staff("cora"))));
		rows.put("Institution.people",
				List.of(new Row("InstitutionPeople", Map.of("id", "inst:uni"), "cy", (t) -> t.staff("ana"),
						(t) -> t.staff("dee")),
						new Row("InstitutionPeople", Map.of("id", "inst:harbour"), "bo", (t) -> t.staff("dee"),
								(t) -> t.staff("cora"))));
		rows.put("Profession.people", List.of(new Row("ProfessionPeople", Map.of("id", "prof:nursing"), "cy",
				(t) -> t.staff("ana"), (t) -> t.staff("cy"))));
		rows.put("Community.members", List.of(new Row("CommunityMembers", Map.of("id", "cop:digital"), "cy",
				(t) -> t.staff("ana"), (t) -> t.coordinator("cora"))));
		// A mentorship (and a transfer) is read whole or not at all: by its two people,
		// the
		// coordinators of its programme, admins and the reading and recording clients.
		List<Row> mentorship = List.of(
				new Row("MentorshipPeople", Map.of("id", "m:dee-cy"), "cy", (t) -> t.staff("ana"),
						(t) -> t.staff("dee")),
				new Row("MentorshipPeople", Map.of("id", "m:dee-cy"), "cy", (t) -> t.coordinator("ana"),
						(t) -> t.coordinator("cora")),
				new Row("MentorshipPeople", Map.of("id", "m:dee-cy"), "cy", (t) -> t.client("hr", Scopes.IMPORT),
						(t) -> t.client("rec", Scopes.RECORD)));
		// The people of a programme are shown by the visibility rule: its coordinators
		// see the PRIVATE people enrolled in it.
		List<Row> programme = List.of(
				new Row("ProgrammePeople", Map.of("id", "prog:reverse"), "cy", (t) -> t.staff("ana"),
						(t) -> t.coordinator("cora")),
				new Row("ProgrammePeople", Map.of("id", "prog:reverse"), "cy", (t) -> t.coordinator("ana"),
						Tokens::admin));
		rows.put("Programme.coordinators", programme);
		rows.put("Programme.mentors", programme);
		rows.put("Programme.mentees", programme);
		// A request is read whole by its two people (and admins), null for anyone else:
		// Dee, asked by Bo, sees him although Bo shows himself only at Harbour.
		List<Row> request = List.of(new Row("RequestPeople", Map.of("id", "request:fixture-1"), "bo",
				(t) -> t.staff("cy"), (t) -> t.staff("dee")));
		rows.put("MentorshipRequest.from", request);
		rows.put("MentorshipRequest.to", request);
		rows.put("Mentorship.mentor", mentorship);
		rows.put("Mentorship.mentee", mentorship);
		List<Row> transfer = List.of(
				new Row("TransferPeople", Map.of("id", "t:cy-dee"), "cy", (t) -> t.staff("ana"), (t) -> t.staff("dee")),
				new Row("TransferPeople", Map.of("id", "t:cy-dee"), "cy", (t) -> t.coordinator("cora"),
						(t) -> t.client("portal", Scopes.READ)));
		rows.put("Transfer.from", transfer);
		rows.put("Transfer.to", transfer);
		// Search offers NETWORK people and INSTITUTION ones sharing a current institution
		// with the asker, never PRIVATE ones; a coordinator asking for someone else gets
		// no more than they may see.
		rows.put("TeacherMatch.person",
				List.of(new Row("Teachers", Map.of("topic", "EHR"), "bo", (t) -> t.staff("dee"), (t) -> t.staff("ana")),
						new Row("Teachers", Map.of("topic", "EHR", "asker", "ana"), "bo", (t) -> t.coordinator("dee"),
								(t) -> t.coordinator("cora"))));
		// Cy bridges Dee and Ana (see network()), so Cy is a broker: left out for a
		// coordinator who may not see her.
		rows.put("Broker.person",
				List.of(new Row("Brokers", Map.of(), "cy", (t) -> t.coordinator("ana"), (t) -> t.coordinator("cora")),
						new Row("Brokers", Map.of(), "cy", (t) -> t.coordinator("bo"),
								(t) -> t.client("portal", Scopes.READ))));
		// The person-level view of a place draws Cy (her transfers at the university)
		// under
		// an opaque key for a coordinator who may not see her.
		rows.put("PlacePerson.person", List.of(new Row("PlacePeople", Map.of("place", "inst:uni"), "cy",
				(t) -> t.coordinator("ana"), (t) -> t.coordinator("cora"))));
		rows.put("ReciprocalMatch.partner", List.of(
				new Row("Partners", Map.of(), "bo", (t) -> t.staff("dee"), (t) -> t.staff("cora")),
				new Row("Partners", Map.of("person", "cora"), "bo", (t) -> t.coordinator("dee"), Tokens::admin)));
		return rows;
	}

	@BeforeEach
	void network() {
		importJson(AccessFixture.NETWORK);
		write(AccessFixture.PROGRAMME, Map.of());
		// Ana learned from Cy: Cy now lies between Dee and Ana (a broker). A transfer
		// shows nobody to anybody: only mentorships do.
		importJson("""
				{"format":"boomerang-import/1",
				 "transfers":[{"id":"t:cy-ana","from":"cy","to":"ana","skill":"skill:ehr","on":"2025-03-05",
				   "format":"CONSULT"}]}""");
	}

	@Test
	void every_field_that_returns_a_person_has_a_row() {
		Set<String> fields = new TreeSet<>();
		for (GraphQLNamedType type : this.graphQlSource.schema().getAllTypesAsList()) {
			if (type instanceof GraphQLObjectType object && !object.getName().startsWith("__")) {
				for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
					if (((GraphQLNamedType) GraphQLTypeUtil.unwrapAll(field.getType())).getName().equals("Person")) {
						fields.add(object.getName() + "." + field.getName());
					}
				}
			}
		}
		Set<String> covered = new TreeSet<>(rows().keySet());
		covered.addAll(EXEMPT.keySet());
		assertThat(covered).as("fields returning Person: each needs a row in VisibilityTests (or a reason in EXEMPT)")
			.isEqualTo(fields);
	}

	@Test
	void a_hidden_person_never_appears_for_a_reader_who_may_not_see_them_and_appears_for_one_who_may() {

		List<String> failures = new ArrayList<>();
		rows().forEach((field, rows) -> {
			for (Row row : rows) {
				List<String> blind = ids(row, row.blind().apply(this.tokens));
				List<String> sees = ids(row, row.sees().apply(this.tokens));
				if (blind.contains(row.hidden())) {
					failures.add(field + " (" + row.operation() + " " + row.variables() + "): " + row.hidden()
							+ " shown to a reader who may not see them");
				}
				if (!sees.contains(row.hidden())) {
					failures.add(field + " (" + row.operation() + " " + row.variables() + "): " + row.hidden()
							+ " not shown to a reader who may see them");
				}
			}
		});
		assertThat(failures).isEmpty();
	}

	@Test
	void search_never_offers_a_private_person_even_to_admins() {

		for (String token : List.of(this.tokens.admin(), this.tokens.staff("dee"), this.tokens.coordinator("cora"))) {
			assertThat(ids(new Row("Teachers", Map.of("topic", "EHR"), "cy", null, null), token)).doesNotContain("cy");
		}
	}

	@Test
	void counts_of_people_count_only_the_people_the_reader_may_see() {

		assertThat(totalCount(this.tokens.admin())).isEqualTo(5);
		assertThat(totalCount(this.tokens.staff("ana"))).isEqualTo(4); // not Cy
		assertThat(totalCount(this.tokens.staff("dee"))).isEqualTo(4); // not Bo; Cy as
																		// her mentor
		assertThat(totalCount(this.tokens.client("hr", Scopes.IMPORT))).isEqualTo(3); // neither
	}

	@Test
	void an_email_is_read_by_its_person_and_admins_only() {

		assertThat(emails(this.tokens.admin())).containsEntry("dee", "dee@uni.example")
			.containsEntry("ana", "ana@harbour.example");
		assertThat(emails(this.tokens.staff("dee"))).containsEntry("dee", "dee@uni.example").containsEntry("ana", null);
		assertThat(emails(this.tokens.coordinator("cora"))).containsEntry("cora", "cora@harbour.example")
			.containsEntry("cy", null)
			.containsEntry("dee", null);
		assertThat(emails(this.tokens.client("portal", Scopes.READ))).containsEntry("dee", null);
	}

	private int totalCount(String token) {
		return graphQlAs(token).documentName("visibility")
			.operationName("People")
			.execute()
			.path("people.totalCount")
			.entity(Integer.class)
			.get();
	}

	private Map<String, String> emails(String token) {
		JsonNode edges = graphQlAs(token).documentName("visibility")
			.operationName("Emails")
			.execute()
			.path("people.edges")
			.entity(JsonNode.class)
			.get();
		Map<String, String> emails = new LinkedHashMap<>();
		edges.forEach((e) -> emails.put(e.path("node").path("id").asString(),
				e.path("node").path("email").isNull() ? null : e.path("node").path("email").asString()));
		return emails;
	}

	private List<String> ids(Row row, String token) {
		GraphQlTester.Request<?> request = graphQlAs(token).documentName("visibility").operationName(row.operation());
		for (Map.Entry<String, Object> variable : row.variables().entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		GraphQlTester.Response answer = request.execute();
		answer.errors().verify();
		return answer.path("").entity(JsonNode.class).get().findValuesAsString("id");
	}

}
