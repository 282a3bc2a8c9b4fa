package org.boomerang.teaching;

import java.util.List;
import java.util.Map;

import org.boomerang.skill.search.SearchTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ReciprocalMatchesTests extends SearchTestSupport {

	/** Two partners for Ana with the same skills: Kim a peer, Lou a senior. */
	private static final String PEER_AND_SENIOR = """
			{ "format": "boomerang-import/1",
			  "people": [
			    { "id": "kim", "name": "Kim Peer", "careerStage": "EARLY_CAREER",
			      "skills": [{ "skill": "skill:clinical-reasoning", "level": 5, "canTeach": true }],
			      "wantsToLearn": [{ "skill": "skill:podcasting", "priority": 1 }] },
			    { "id": "lou", "name": "Lou Senior", "careerStage": "SENIOR",
			      "skills": [{ "skill": "skill:clinical-reasoning", "level": 5, "canTeach": true }],
			      "wantsToLearn": [{ "skill": "skill:podcasting", "priority": 1 }] },
			    { "id": "max", "name": "Max Hidden", "careerStage": "SENIOR", "visibility": "PRIVATE",
			      "skills": [{ "skill": "skill:clinical-reasoning", "level": 5, "canTeach": true }],
			      "wantsToLearn": [{ "skill": "skill:podcasting", "priority": 1 }] } ] }
			""";

	@BeforeEach
	void people() {
		importJson(SKILLS);
		importJson(TeachingFixture.PEOPLE);
	}

	private JsonNode pairs(String person) {
		return json(graphQl("reciprocal-matches", Map.of("person", person, "first", 10)), "reciprocalMatches");
	}

	@Test
	void partners_each_teach_the_other_something_the_other_wants_to_learn() {
		JsonNode pairs = pairs("ana");
		assertThat(field(pairs, "partner.id")).containsExactly("cara", "ivy");
		JsonNode cara = pairs.path(0);
		assertThat(field(cara.path("teaches"), "id")).containsExactly("skill:clinical-reasoning");
		assertThat(field(cara.path("learns"), "id")).containsExactly("skill:podcasting", "skill:ehr");
		assertThat(cara.path("direction").asString()).isEqualTo("TRADITIONAL");
		assertThat(cara.path("reasons").toString()).contains("Prof. Cara Reid can teach you Clinical reasoning")
			.contains("wants to learn Podcast production");
		// Seen from the other side, the same pair runs in reverse.
		JsonNode fromCara = pairs("cara");
		assertThat(field(fromCara, "partner.id")).contains("ana");
		assertThat(fromCara.path(0).path("direction").asString()).isEqualTo("REVERSE");
	}

	@Test
	void one_way_interest_is_not_a_pair() {
		// Jo teaches EHR, which Ivy wants, but Jo wants nothing Ivy teaches.
		assertThat(field(pairs("ivy"), "partner.id")).doesNotContain("jo");
		assertThat(pairs("hal")).isEmpty();
	}

	@Test
	void a_pair_across_career_stages_ranks_above_peers_with_the_same_skills_and_private_people_are_left_out() {
		importJson(PEER_AND_SENIOR);
		List<String> partners = field(pairs("ana"), "partner.id");
		assertThat(partners.indexOf("lou")).isLessThan(partners.indexOf("kim"));
		assertThat(partners).doesNotContain("max");
		JsonNode kim = pairs("ana").path(partners.indexOf("kim"));
		assertThat(kim.path("direction").asString()).isEqualTo("PEER");
	}

	@Test
	void an_unknown_person_is_not_found_and_first_is_capped() {
		assertThat(errorCodes(graphQl("reciprocal-matches", Map.of("person", "nobody")))).containsExactly("NOT_FOUND");
		assertThat(errorCodes(graphQl("reciprocal-matches", Map.of("person", "ana", "first", 101))))
			.containsExactly("BAD_REQUEST");
		assertThat(json(graphQl("reciprocal-matches", Map.of("person", "ana", "first", 1)), "reciprocalMatches").size())
			.isEqualTo(1);
	}

}
