package org.boomerang.importing;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.boomerang.GraphTests;
import org.boomerang.api.Problem;
import org.boomerang.security.Scopes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * HR feeds: people as CSV rows, checked by row and column, writing only the facts HR
 * owns; a full feed of one institution ends the affiliation of those it leaves out on its
 * date, and deletes nobody.
 */
class PeopleFeedTests extends GraphTests {

	/**
	 * The documented example: Ana and Malcolm of the harbour hospital, and a newcomer.
	 */
	static final Path FEED = Path.of("docs/examples/harbour-hospital-feed.csv");

	private static final String HARBOUR = "inst:example-harbour-hospital";

	private static final String HEADER = "id,name,email,careerStage,professions,institution,role,from\n";

	@Autowired
	private PeopleFeed feed;

	@BeforeEach
	void example() {
		importExample();
	}

	private FeedResult feed(String csv, FullFeed full) {
		return this.feed.importFeed(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), full);
	}

	private List<Problem> refused(String csv, FullFeed full) {
		ImportRejectedException ex = catchThrowableOfType(ImportRejectedException.class, () -> feed(csv, full));
		assertThat(ex).as("the feed should be refused").isNotNull();
		return ex.problems();
	}

	@Test
	void a_feed_writes_hr_facts_and_leaves_what_people_state_about_themselves() throws Exception {
		FeedResult result = feed(Files.readString(FEED), null);
		assertThat(result.counts().get("people")).isEqualTo(new ImportResult.Counts(1, 1, 1));
		Map<String, Object> ana = person("person:example-ana");
		assertThat(ana).containsEntry("email", "ana.okafor@harbour.example").containsEntry("skills", 2L);
		assertThat(affiliations("person:example-ana")).containsExactly(HARBOUR + "|Physiotherapist|2023-02-01|null");
		Map<String, Object> noor = person("person:example-noor");
		assertThat(noor).containsEntry("careerStage", "TRAINEE")
			.containsEntry("capacity", 2L)
			.containsEntry("professions", List.of("prof:example-pharmacy"));
		// Malcolm's affiliation with the university is not the feed's business.
		assertThat(affiliations("person:example-malcolm")).hasSize(2);
		assertThat(feed(Files.readString(FEED), null).counts().get("people"))
			.isEqualTo(new ImportResult.Counts(0, 0, 3));
	}

	@Test
	void a_full_feed_ends_the_affiliation_of_people_it_leaves_out_on_its_date() throws Exception {
		LocalDate date = LocalDate.parse("2026-11-30");
		FeedResult result = feed(Files.readString(FEED), new FullFeed(HARBOUR, date));
		assertThat(result.affiliationsEnded()).isEqualTo(1);
		assertThat(affiliations("person:example-sofia"))
			.containsExactly(HARBOUR + "|Senior pharmacist|2012-04-01|2026-11-30");
		assertThat(person("person:example-sofia")).containsEntry("skills", 1L);
		assertThat(affiliations("person:example-lin")).singleElement().asString().endsWith("|null");
		FeedResult again = feed(Files.readString(FEED), new FullFeed(HARBOUR, date));
		assertThat(again.affiliationsEnded()).isZero();
		assertThat(again.counts().get("people")).isEqualTo(new ImportResult.Counts(0, 0, 3));
		assertThat(count("Person")).isEqualTo(5);
	}

	@Test
	void problems_are_named_by_row_and_column_and_nothing_is_written() {
		List<Problem> problems = refused(HEADER + "p1,One,,PROFESSOR,,,,\n" + "p2,Two,not-an-email,STUDENT,"
				+ "prof:nope,inst:nope,Nurse,2026-13-01\n" + "p1,Again,,STUDENT,,,Nurse,\n", null);
		assertThat(problems).extracting(Problem::path)
			.containsExactlyInAnyOrder("row 1, column careerStage", "row 2, column email",
					"row 2, column professions[0]", "row 2, column institution", "row 2, column from",
					"row 3, column id", "row 3, column role");
		assertThat(problems).filteredOn((p) -> p.path().equals("row 3, column id"))
			.singleElement()
			.satisfies((p) -> assertThat(p.message()).contains("first in row 1"));
		assertThat(count("Person")).isEqualTo(4);
	}

	@Test
	void a_header_with_unknown_or_missing_columns_is_refused() {
		List<Problem> problems = refused("id,name,carreerStage\np1,One,STUDENT\n", null);
		assertThat(problems).extracting(Problem::path).contains("header, column carreerStage", "header");
	}

	@Test
	void a_full_feed_names_only_its_own_institution() {
		List<Problem> problems = refused(
				HEADER + "p1,One,,STUDENT,,inst:example-coastal-university,,\n" + "p2,Two,,STUDENT,,,,\n",
				new FullFeed(HARBOUR, LocalDate.parse("2026-11-30")));
		assertThat(problems).extracting(Problem::path).containsExactly("row 1, column institution");
		assertThat(refused(HEADER, new FullFeed("inst:nowhere", LocalDate.parse("2026-11-30"))))
			.extracting(Problem::path)
			.containsExactly("institution");
	}

	@Test
	void the_feed_is_posted_as_text_csv_with_the_full_feed_in_the_query() throws Exception {
		HttpResponse<String> response = post("/api/import?institution=" + HARBOUR + "&date=2026-11-30", "text/csv",
				Files.readString(FEED));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).contains("\"people\":{\"created\":1,\"updated\":1,\"unchanged\":1}")
			.contains("\"affiliationsEnded\":1");
		HttpResponse<String> wrong = post("/api/import?date=2026-11-30", "text/csv", Files.readString(FEED));
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("\"path\":\"date\"");
	}

	@Test
	void a_feed_is_recorded_in_the_audit_trail_for_its_caller_and_a_refused_one_is_not() throws Exception {
		String token = this.tokens.client("hr-feed", Scopes.IMPORT);
		assertThat(post("/api/import?institution=" + HARBOUR + "&date=2026-11-30", "text/csv", Files.readString(FEED),
				token)
			.statusCode()).isEqualTo(200);
		assertThat(post("/api/import", "text/csv", HEADER + "p:x,,,RESIDENT,,,,\n", token).statusCode()).isEqualTo(400);
		List<Map<String, Object>> entries = read("""
				MATCH (a:AuditEntry {clientId: 'hr-feed'})
				RETURN a.operation AS operation, a.status AS status, a.kinds AS kinds, a.created AS created,
				       a.updated AS updated, a.targets AS targets""", Map.of()).records()
			.stream()
			.map((r) -> r.asMap())
			.toList();
		assertThat(entries).hasSize(1);
		Map<String, Object> entry = entries.get(0);
		assertThat(entry).containsEntry("operation", "import")
			.containsEntry("status", "COMPLETED")
			.containsEntry("kinds", List.of("people"))
			.containsEntry("created", List.of(1L))
			.containsEntry("updated", List.of(1L));
		// The created, the updated and the one whose affiliation the full feed ended.
		assertThat((List<?>) entry.get("targets")).hasSize(3);
	}

	private Map<String, Object> person(String id) {
		return read("""
				MATCH (p:Person {id: $id})
				RETURN p.email AS email, p.careerStage AS careerStage, p.mentoringCapacity AS capacity,
				       COUNT { (p)-[:HAS_SKILL]->() } AS skills,
				       [(p)-[:PRACTISES]->(x) | x.id] AS professions""", Map.of("id", id)).records().get(0).asMap();
	}

	private List<String> affiliations(String id) {
		return read("""
				MATCH (:Person {id: $id})-[r:AFFILIATED_WITH]->(i)
				RETURN i.id + '|' + r.role + '|' + toString(r.from) + '|' + coalesce(toString(r.to), 'null') AS a
				ORDER BY a""", Map.of("id", id)).records().stream().map((r) -> r.get("a").asString()).toList();
	}

}
