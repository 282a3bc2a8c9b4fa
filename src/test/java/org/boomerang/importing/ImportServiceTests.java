package org.boomerang.importing;

import java.util.List;
import java.util.Map;

import org.boomerang.api.Problem;
import org.boomerang.GraphTests;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ImportServiceTests extends GraphTests {

	private static final String HEAD = "{\"format\": \"boomerang-import/1\", ";

	private List<Problem> refused(String json) {
		ImportRejectedException ex = catchThrowableOfType(ImportRejectedException.class, () -> importJson(json));
		assertThat(ex).as("the document should be refused").isNotNull();
		return ex.problems();
	}

	private static String person(String id, String extra) {
		return "{\"id\": \"" + id + "\", \"name\": \"P " + id + "\", \"careerStage\": \"TRAINEE\"" + extra + "}";
	}

	@Test
	void the_example_document_writes_every_kind_with_its_relationships() {
		ImportResult result = importExample();
		assertThat(result.counts()).containsKeys("institutions", "professions", "communities", "skills", "people",
				"mentorships", "transfers");
		assertThat(count("Person")).isEqualTo(4);
		assertThat(read(
				"MATCH (:Person {id: 'person:example-malcolm'})-[r:AFFILIATED_WITH]->(:Institution) RETURN count(r) AS c",
				Map.of())
			.records()
			.get(0)
			.get("c")
			.asInt()).isEqualTo(2);
		assertThat(read("MATCH (:Skill {id: 'skill:example-ehr'})-[:BROADER]->(b:Skill) RETURN b.id AS id", Map.of())
			.records()
			.get(0)
			.get("id")
			.asString()).isEqualTo("skill:example-digital-health");
	}

	@Test
	void reimporting_the_same_document_changes_nothing_not_even_timestamps() {
		importExample();
		Object before = read("MATCH (n) RETURN collect(n.updatedAt) AS u", Map.of()).records()
			.get(0)
			.get("u")
			.asObject();
		ImportResult again = importExample();
		Object after = read("MATCH (n) RETURN collect(n.updatedAt) AS u", Map.of()).records()
			.get(0)
			.get("u")
			.asObject();
		assertThat(after).isEqualTo(before);
		assertThat(again.counts().values()).allSatisfy((c) -> {
			assertThat(c.created()).isZero();
			assertThat(c.updated()).isZero();
		});
	}

	@Test
	void a_later_document_replaces_a_persons_lists_and_leaves_other_people_alone() {
		importExample();
		ImportResult result = importJson(HEAD + "\"people\": [" + person("person:example-ana",
				", \"skills\": [{\"skill\": \"skill:example-telehealth\", \"level\": 2}]") + "]}");
		assertThat(result.counts().get("people").updated()).isEqualTo(1);
		assertThat(
				read("MATCH (:Person {id: 'person:example-ana'})-[:HAS_SKILL]->(s) RETURN collect(s.id) AS s", Map.of())
					.records()
					.get(0)
					.get("s")
					.asList())
			.containsExactly("skill:example-telehealth");
		assertThat(
				read("MATCH (:Person {id: 'person:example-malcolm'})-[:HAS_SKILL]->(s) RETURN count(s) AS c", Map.of())
					.records()
					.get(0)
					.get("c")
					.asInt())
			.isEqualTo(2);
	}

	@Test
	void a_document_that_is_not_an_object_or_has_the_wrong_format_is_refused() {
		assertThat(refused("[]")).extracting(Problem::path).containsExactly("$");
		assertThat(refused("{\"format\": \"boomerang-import/2\"}")).extracting(Problem::path)
			.containsExactly("$.format");
		assertThat(refused("{}")).extracting(Problem::message).anyMatch((m) -> m.contains("format"));
	}

	@Test
	void unknown_keys_at_any_level_are_refused_so_typos_do_not_drop_data() {
		List<Problem> problems = refused(HEAD + "\"peeple\": [], \"people\": ["
				+ person("p1", ", \"skils\": [], \"affiliations\": [{\"institution\": \"i\", \"rol\": \"x\"}]") + "]}");
		assertThat(problems).extracting(Problem::path)
			.contains("$.peeple", "$.people[0].skils", "$.people[0].affiliations[0].rol");
	}

	@Test
	void every_problem_is_reported_together_with_its_json_path() {
		List<Problem> problems = refused(HEAD + "\"skills\": [{\"id\": \"s1\", \"name\": \"S\"}], \"people\": ["
				+ person("p1",
						", \"skills\": [{\"skill\": \"s1\", \"level\": 9}, {\"skill\": \"s2\", \"level\": 1}],"
								+ " \"mentoringCapacity\": 21, \"email\": \"not-an-email\", \"visibility\": \"PUBLIC\"")
				+ ", {\"id\": \"bad id!\", \"name\": \"\", \"careerStage\": \"PROFESSOR\"}]}");
		assertThat(problems).extracting(Problem::path)
			.containsExactlyInAnyOrder("$.people[0].skills[0].level", "$.people[0].skills[1].skill",
					"$.people[0].mentoringCapacity", "$.people[0].email", "$.people[0].visibility", "$.people[1].id",
					"$.people[1].name", "$.people[1].careerStage");
		assertThat(count("Skill")).isZero();
	}

	@Test
	void required_fields_wrong_types_and_bad_dates_are_refused() {
		List<Problem> problems = refused(HEAD
				+ "\"institutions\": [{\"id\": \"i1\", \"name\": \"I\"}, {\"id\": 7, \"name\": \"J\", \"kind\": \"HOSPITAL\"}],"
				+ "\"people\": ["
				+ person("p1",
						", \"affiliations\": [{\"institution\": \"i1\", \"from\": \"2024-13-01\", \"to\": \"yesterday\"}],"
								+ " \"startedPracticeYear\": \"1999\"")
				+ "]}");
		assertThat(problems).extracting(Problem::path)
			.containsExactlyInAnyOrder("$.institutions[0].kind", "$.institutions[1].id",
					"$.people[0].affiliations[0].from", "$.people[0].affiliations[0].to",
					"$.people[0].startedPracticeYear");
	}

	@Test
	void duplicate_ids_within_a_kind_are_refused() {
		List<Problem> problems = refused(
				HEAD + "\"skills\": [{\"id\": \"s\", \"name\": \"A\"}, {\"id\": \"s\", \"name\": \"B\"}]}");
		assertThat(problems).extracting(Problem::path).containsExactly("$.skills[1].id");
	}

	@Test
	void references_may_point_into_the_graph_as_well_as_the_document() {
		importExample();
		importJson(HEAD + "\"people\": ["
				+ person("person:new", ", \"skills\": [{\"skill\": \"skill:example-ehr\", \"level\": 3}]") + "]}");
		assertThat(count("Person")).isEqualTo(5);
	}

	@Test
	void a_cycle_in_the_skill_taxonomy_is_refused_within_the_document_and_across_the_graph() {
		assertThat(refused(HEAD + "\"skills\": [{\"id\": \"a\", \"name\": \"A\", \"broader\": [\"b\"]},"
				+ " {\"id\": \"b\", \"name\": \"B\", \"broader\": [\"a\"]}]}"))
			.extracting(Problem::message)
			.anyMatch((m) -> m.contains("cycle"));
		importJson(HEAD
				+ "\"skills\": [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"b\", \"name\": \"B\", \"broader\": [\"a\"]},"
				+ " {\"id\": \"c\", \"name\": \"C\", \"broader\": [\"b\"]}]}");
		assertThat(refused(HEAD + "\"skills\": [{\"id\": \"a\", \"name\": \"A\", \"broader\": [\"c\"]}]}"))
			.extracting(Problem::message)
			.anyMatch((m) -> m.contains("a -> c -> b") || m.contains("cycle"));
	}

	@Test
	void mentorships_and_transfers_check_their_people_and_dates() {
		importExample();
		List<Problem> problems = refused(HEAD
				+ "\"mentorships\": [{\"id\": \"m1\", \"mentor\": \"person:example-ana\", \"mentee\": \"person:example-ana\", \"skills\": [\"skill:example-ehr\"],"
				+ " \"startedOn\": \"2026-02-01\", \"endedOn\": \"2026-01-01\"}],"
				+ "\"transfers\": [{\"id\": \"t9\", \"from\": \"person:example-lin\", \"to\": \"person:example-sofia\", \"skill\": \"skill:example-ehr\","
				+ " \"on\": \"2026-02-01\", \"mentorship\": \"mentorship:example-ana-malcolm\"},"
				+ " {\"id\": \"t10\", \"from\": \"person:example-lin\", \"to\": \"person:example-lin\", \"skill\": \"skill:example-ehr\", \"on\": \"2026-02-01\","
				+ " \"outcome\": {\"rating\": 6}}]}");
		assertThat(problems).extracting(Problem::path)
			.containsExactlyInAnyOrder("$.mentorships[0].mentee", "$.mentorships[0].endedOn",
					"$.transfers[0].mentorship", "$.transfers[1].to", "$.transfers[1].outcome.rating");
	}

	@Test
	void a_recorded_transfer_sent_again_with_different_content_is_a_conflict() {
		importExample();
		List<Problem> problems = refused(HEAD
				+ "\"transfers\": [{\"id\": \"transfer:example-3\", \"from\": \"person:example-lin\","
				+ " \"to\": \"person:example-sofia\", \"skill\": \"skill:example-telehealth\", \"on\": \"2026-03-03\", \"minutes\": 90}]}");
		assertThat(problems).singleElement().satisfies((p) -> {
			assertThat(p.path()).isEqualTo("$.transfers[0]");
			assertThat(p.message()).contains("already recorded with different content");
		});
	}

	@Test
	void text_that_is_not_json_is_refused_with_its_line_and_column() {
		assertThat(refused("{\"format\": \"boomerang-import/1\",\n \"people\": [}")).singleElement()
			.satisfies((p) -> assertThat(p.message()).contains("line 2"));
	}

	@Test
	void duplicate_keys_in_an_object_are_refused() {
		assertThat(refused("{\"format\": \"boomerang-import/1\", \"format\": \"boomerang-import/1\"}")).hasSize(1);
	}

	@Test
	void a_document_may_list_its_kinds_in_any_order() {
		ImportResult result = importJson(HEAD + "\"people\": [" + person("p1",
				", \"skills\": [{\"skill\": \"s2\", \"level\": 3}], \"affiliations\": [{\"institution\": \"i1\"}]")
				+ "], \"skills\": [{\"id\": \"s2\", \"name\": \"Two\", \"broader\": [\"s1\"]}, {\"id\": \"s1\", \"name\": \"One\"}],"
				+ " \"institutions\": [{\"id\": \"i1\", \"name\": \"I\", \"kind\": \"HOSPITAL\"}]}");
		assertThat(result.counts().get("people").created()).isEqualTo(1);
		assertThat(read("MATCH (:Person {id: 'p1'})-[:HAS_SKILL]->(:Skill)-[:BROADER]->(b:Skill) RETURN b.id AS id",
				Map.of())
			.records()
			.get(0)
			.get("id")
			.asString()).isEqualTo("s1");
		assertThat(importJson(HEAD + "\"institutions\": [{\"id\": \"i1\", \"name\": \"I\", \"kind\": \"HOSPITAL\"}]}")
			.counts()
			.get("institutions")
			.unchanged()).isEqualTo(1);
	}

	@Test
	void content_after_the_document_is_refused() {
		assertThat(refused(HEAD + "\"skills\": []} {}")).singleElement()
			.satisfies((p) -> assertThat(p.message()).contains("content after the end of the document"));
	}

	@Test
	void a_document_with_very_many_problems_lists_the_first_thousand_and_counts_the_rest() {
		StringBuilder skills = new StringBuilder();
		for (int i = 0; i < 1500; i++) {
			skills.append((i > 0) ? "," : "").append("{\"id\": \"s").append(i).append("\"}");
		}
		List<Problem> problems = refused(HEAD + "\"skills\": [" + skills + "]}");
		assertThat(problems).hasSize(1001);
		assertThat(problems.get(1000).message()).startsWith("and 500 more problems");
	}

}
