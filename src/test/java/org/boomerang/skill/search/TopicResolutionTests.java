package org.boomerang.skill.search;

import java.util.List;
import java.util.Map;

import org.boomerang.api.BadRequestException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TopicResolutionTests extends SearchTestSupport {

	@BeforeEach
	void skills() {
		importJson(SKILLS);
	}

	private SkillMatch first(String topic) {
		List<SkillMatch> matches = this.topics.resolve(topic);
		assertThat(matches).as(topic).isNotEmpty();
		return matches.get(0);
	}

	@Test
	void an_abbreviation_resolves_through_the_alias_of_its_skill() {
		SkillMatch match = first("EMR");
		assertThat(match.skillId()).isEqualTo("skill:ehr");
		assertThat(match.via()).isEqualTo(Via.ALIAS);
		assertThat(match.alias()).isEqualTo("EMR");
	}

	@Test
	void case_plural_and_word_form_variants_of_a_name_match_exactly() {
		for (String topic : List.of("electronic HEALTH Record", "Electronic health records", "telehealth consultation",
				"Podcast productions")) {
			assertThat(first(topic).via()).as(topic).isEqualTo(Via.EXACT);
		}
		assertThat(first("electronic health record").skillId()).isEqualTo("skill:ehr");
	}

	@Test
	void a_misspelt_word_is_corrected_and_marked_fuzzy() {
		SkillMatch match = first("teleheath");
		assertThat(match.skillId()).isEqualTo("skill:telehealth");
		assertThat(match.via()).isEqualTo(Via.FUZZY);
		assertThat(match.matched()).isEqualTo("teleheath -> telehealth");
		assertThat(first("electronc helth records").skillId()).isEqualTo("skill:ehr");
	}

	@Test
	void a_phrase_matches_multi_word_aliases_and_parts_of_names() {
		assertThat(first("Virtual care").skillId()).isEqualTo("skill:telehealth");
		SkillMatch part = first("health records");
		assertThat(part.skillId()).isEqualTo("skill:ehr");
		assertThat(part.via()).isEqualTo(Via.TEXT);
		assertThat(first("making a podcast").skillId()).isEqualTo("skill:podcasting");
	}

	@Test
	void words_of_a_description_match_as_text_below_names() {
		SkillMatch match = first("educational audio");
		assertThat(match.skillId()).isEqualTo("skill:podcasting");
		assertThat(match.via()).isEqualTo(Via.TEXT);
		assertThat(match.weight()).isLessThan(0.5);
	}

	@Test
	void narrower_skills_count_discounted_per_level_and_broader_ones_less() {
		Map<String, SkillMatch> byId = byId(this.topics.resolve("digital health"));
		assertThat(byId.get("skill:digital-health").via()).isEqualTo(Via.EXACT);
		assertThat(byId.get("skill:ehr").via()).isEqualTo(Via.NARROWER);
		assertThat(byId.get("skill:ehr").weight()).isCloseTo(0.7, org.assertj.core.data.Offset.offset(0.001));
		assertThat(byId.get("skill:powerchart").weight()).isCloseTo(0.49, org.assertj.core.data.Offset.offset(0.001));
		assertThat(byId.get("skill:powerchart").from()).isEqualTo("skill:digital-health");

		Map<String, SkillMatch> emr = byId(this.topics.resolve("EMR"));
		assertThat(emr.get("skill:digital-health").via()).isEqualTo(Via.BROADER);
		assertThat(emr.get("skill:digital-health").weight()).isLessThan(emr.get("skill:powerchart").weight());
		assertThat(emr).doesNotContainKey("skill:telehealth");
	}

	@Test
	void type_ahead_suggests_names_aliases_and_words_by_prefix() {
		assertThat(field(json(graphQl("suggest-skills", Map.of("prefix", "tele")), "suggestSkills"), "id"))
			.startsWith("skill:telehealth");
		assertThat(field(json(graphQl("suggest-skills", Map.of("prefix", "Electronic he")), "suggestSkills"), "id"))
			.containsExactly("skill:ehr");
		assertThat(field(json(graphQl("suggest-skills", Map.of("prefix", "power")), "suggestSkills"), "id"))
			.containsExactly("skill:powerchart");
		assertThat(field(json(graphQl("suggest-skills", Map.of("prefix", "  ")), "suggestSkills"), "id")).isEmpty();
	}

	@Test
	void resolve_topic_answers_over_graphql_with_how_each_skill_matched() {
		JsonNode hits = json(graphQl("resolve-topic", Map.of("topic", "EMR", "first", 3)), "resolveTopic");
		assertThat(hits.size()).isEqualTo(3);
		assertThat(hits.path(0).path("skill").path("name").asString()).isEqualTo("Electronic health records");
		assertThat(hits.path(0).path("via").asString()).isEqualTo("ALIAS");
		assertThat(hits.path(0).path("alias").asString()).isEqualTo("EMR");
		assertThat(hits.path(1).path("via").asString()).isEqualTo("NARROWER");
		assertThat(hits.path(1).path("expandedFrom").path("id").asString()).isEqualTo("skill:ehr");
	}

	@Test
	void hostile_text_is_ordinary_input_and_never_a_server_error() {
		for (String topic : List.of("C++", "\"", "AND(", "*:*", "\\", "EMR)) OR ((", "title:x~2^3", "?", "-",
				"\u0000")) {
			GraphQlTester.Response answer = graphQl("resolve-topic", Map.of("topic", topic));
			assertThat(errorCodes(answer)).as(topic).isEmpty();
			assertThat(json(answer, "resolveTopic").isArray()).as(topic).isTrue();
			GraphQlTester.Response suggested = graphQl("suggest-skills", Map.of("prefix", topic));
			assertThat(errorCodes(suggested)).as(topic).isEmpty();
		}
		assertThat(field(json(graphQl("resolve-topic", Map.of("topic", "C++")), "resolveTopic"), "skill.id")).first()
			.isEqualTo("skill:cpp");
	}

	@Test
	void a_topic_over_200_characters_or_blank_is_a_bad_request() {
		GraphQlTester.Response tooLong = graphQl("resolve-topic", Map.of("topic", "x".repeat(5000)));
		assertThat(errorCodes(tooLong)).containsExactly("BAD_REQUEST");
		assertThat(firstError(tooLong).getMessage()).contains("5000 characters").contains("at most 200");
		assertThat(errorCodes(graphQl("suggest-skills", Map.of("prefix", "y".repeat(201)))))
			.containsExactly("BAD_REQUEST");
		assertThat(errorCodes(graphQl("resolve-topic", Map.of("topic", "   ")))).containsExactly("BAD_REQUEST");
		assertThat(errorCodes(graphQl("resolve-topic", Map.of("topic", "EMR", "first", 101))))
			.containsExactly("BAD_REQUEST");
		assertThatThrownBy(() -> this.topics.resolve("a".repeat(201))).isInstanceOf(BadRequestException.class);
	}

	@Test
	void a_skill_imported_is_found_as_soon_as_the_import_returns() {
		assertThat(this.topics.resolve("sepsis screening")).isEmpty();
		importJson("""
				{ "format": "boomerang-import/1",
				  "skills": [ { "id": "skill:sepsis", "name": "Sepsis screening", "aliases": ["qSOFA"] } ] }""");
		assertThat(first("sepsis screening").skillId()).isEqualTo("skill:sepsis");
		assertThat(first("qsofa").via()).isEqualTo(Via.ALIAS);
		importJson("""
				{ "format": "boomerang-import/1",
				  "skills": [ { "id": "skill:sepsis", "name": "Sepsis recognition", "aliases": ["qSOFA"] } ] }""");
		assertThat(first("sepsis recognition").via()).isEqualTo(Via.EXACT);
		assertThat(this.topics.resolve("sepsis screening").get(0).via()).isNotEqualTo(Via.EXACT);
	}

	private static Map<String, SkillMatch> byId(List<SkillMatch> matches) {
		return matches.stream()
			.collect(java.util.stream.Collectors.toMap(SkillMatch::skillId, (m) -> m, (a, b) -> a,
					java.util.LinkedHashMap::new));
	}

}
