package org.boomerang.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.boomerang.importing.EscoReader;
import org.boomerang.importing.EscoTaxonomy;
import org.boomerang.model.CareerStage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class DemoNetworkGeneratorTests {

	static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

	private static EscoTaxonomy subset;

	private static DemoNetworkGenerator generator;

	private static JsonNode document;

	@BeforeAll
	static void generate() {
		subset = EscoReader.readClasspath(DemoLoader.ESCO_SUBSET);
		generator = new DemoNetworkGenerator(subset, DemoNetworkGenerator.Settings.demo(400, 42, AS_OF));
		document = JsonMapper.builder().build().readTree(generator.toBytes());
	}

	private static List<JsonNode> list(String key) {
		List<JsonNode> items = new ArrayList<>();
		document.get(key).forEach(items::add);
		return items;
	}

	private static Map<String, Integer> stageRanks() {
		Map<String, Integer> ranks = new HashMap<>();
		list("people").forEach((p) -> ranks.put(p.get("id").asString(),
				CareerStage.valueOf(p.get("careerStage").asString()).ordinal()));
		return ranks;
	}

	@Test
	void the_same_seed_gives_the_same_document() {
		byte[] again = new DemoNetworkGenerator(subset, DemoNetworkGenerator.Settings.demo(400, 42, AS_OF)).toBytes();
		assertThat(again).isEqualTo(generator.toBytes());
	}

	@Test
	void another_seed_gives_another_document() {
		byte[] other = new DemoNetworkGenerator(subset, DemoNetworkGenerator.Settings.demo(400, 43, AS_OF)).toBytes();
		assertThat(other).isNotEqualTo(generator.toBytes());
	}

	@Test
	void it_has_hospitals_universities_and_a_research_institute() {
		Map<String, Integer> kinds = new HashMap<>();
		list("institutions").forEach((i) -> kinds.merge(i.get("kind").asString(), 1, Integer::sum));
		assertThat(kinds.get("HOSPITAL")).isGreaterThanOrEqualTo(3);
		assertThat(kinds.get("UNIVERSITY")).isGreaterThanOrEqualTo(2);
		assertThat(kinds.get("RESEARCH_INSTITUTE")).isGreaterThanOrEqualTo(1);
	}

	@Test
	void it_has_the_nine_professions_with_esco_occupations_where_they_exist() {
		List<JsonNode> professions = list("professions");
		assertThat(professions).extracting((p) -> p.get("id").asString())
			.containsExactlyInAnyOrder("prof:medicine", "prof:nursing", "prof:physiotherapy", "prof:pharmacy",
					"prof:speech-pathology", "prof:dentistry", "prof:occupational-therapy", "prof:education",
					"prof:research");
		assertThat(professions.stream().filter((p) -> p.has("escoOccupation")).count()).isGreaterThanOrEqualTo(8);
	}

	@Test
	void communities_of_practice_span_institutions() {
		List<JsonNode> communities = list("communities");
		assertThat(communities).hasSizeBetween(6, 10);
		Map<String, Set<String>> institutionsPerCommunity = new HashMap<>();
		for (JsonNode person : list("people")) {
			for (JsonNode membership : person.get("communities")) {
				person.get("affiliations")
					.forEach((a) -> institutionsPerCommunity
						.computeIfAbsent(membership.get("community").asString(), (k) -> new HashSet<>())
						.add(a.get("institution").asString()));
			}
		}
		assertThat(institutionsPerCommunity).hasSize(communities.size());
		assertThat(institutionsPerCommunity.values()).allSatisfy((set) -> assertThat(set).hasSizeGreaterThan(1));
	}

	@Test
	void it_has_400_people_at_every_career_stage_some_with_several_affiliations() {
		List<JsonNode> people = list("people");
		assertThat(people).hasSize(400);
		assertThat(people).extracting((p) -> p.get("careerStage").asString())
			.contains("STUDENT", "EARLY_CAREER", "TRAINEE", "SPECIALIST", "SENIOR");
		assertThat(people.stream().filter((p) -> p.get("affiliations").size() > 1).count()).isGreaterThan(20);
		assertThat(people.stream().filter((p) -> p.get("professions").size() > 1).count()).isGreaterThan(10);
	}

	@Test
	void digital_skills_lean_junior_and_clinical_and_teaching_skills_lean_senior() {
		double[] digital = new double[2];
		double[] expertise = new double[2];
		for (JsonNode person : list("people")) {
			int rank = CareerStage.valueOf(person.get("careerStage").asString()).ordinal();
			for (JsonNode held : person.get("skills")) {
				SkillArea area = generator.area(held.get("skill").asString());
				double[] sums = (area == SkillArea.DIGITAL) ? digital
						: (area == SkillArea.CLINICAL || area == SkillArea.TEACHING) ? expertise : null;
				if (sums != null) {
					sums[0] += rank;
					sums[1]++;
				}
			}
		}
		assertThat(digital[0] / digital[1]).isLessThan(expertise[0] / expertise[1] - 0.3);
	}

	@Test
	void people_hold_both_local_and_esco_skills_and_want_to_learn() {
		Set<String> held = new HashSet<>();
		list("people").forEach((p) -> p.get("skills").forEach((s) -> held.add(s.get("skill").asString())));
		assertThat(held).anyMatch((id) -> id.startsWith("skill:"));
		assertThat(held).anyMatch((id) -> id.startsWith("http://data.europa.eu/esco/skill/"));
		assertThat(list("people").stream().filter((p) -> p.get("wantsToLearn").size() > 0).count()).isGreaterThan(350);
	}

	@Test
	void active_mentorships_never_exceed_the_mentors_capacity() {
		Map<String, Integer> capacity = new HashMap<>();
		list("people").forEach((p) -> capacity.put(p.get("id").asString(), p.get("mentoringCapacity").asInt()));
		Map<String, Integer> active = new HashMap<>();
		list("mentorships").stream()
			.filter((m) -> !m.has("endedOn"))
			.forEach((m) -> active.merge(m.get("mentor").asString(), 1, Integer::sum));
		assertThat(active).isNotEmpty();
		active.forEach((mentor, count) -> assertThat(count).isLessThanOrEqualTo(capacity.get(mentor)));
		assertThat(list("mentorships")).anyMatch((m) -> m.has("endedOn"))
			.anyMatch((m) -> m.get("origin").asString().equals("ASSIGNED"))
			.anyMatch((m) -> m.get("origin").asString().equals("SELF_IDENTIFIED"));
	}

	@Test
	void some_mentorships_are_reverse_and_some_reciprocal() {
		Map<String, Integer> ranks = stageRanks();
		assertThat(list("mentorships"))
			.anyMatch((m) -> ranks.get(m.get("mentor").asString()) < ranks.get(m.get("mentee").asString()));
		Map<String, Set<String>> teachersPerMentorship = new HashMap<>();
		list("transfers").stream()
			.filter((t) -> t.has("mentorship"))
			.forEach(
					(t) -> teachersPerMentorship.computeIfAbsent(t.get("mentorship").asString(), (k) -> new HashSet<>())
						.add(t.get("from").asString()));
		assertThat(teachersPerMentorship.values()).anyMatch((teachers) -> teachers.size() == 2);
	}

	@Test
	void every_transfer_in_a_mentorship_is_between_its_two_people_within_the_last_18_months() {
		Map<String, Set<String>> pairs = new HashMap<>();
		list("mentorships").forEach((m) -> pairs.put(m.get("id").asString(),
				Set.of(m.get("mentor").asString(), m.get("mentee").asString())));
		List<JsonNode> transfers = list("transfers");
		assertThat(transfers).hasSizeGreaterThan(400);
		for (JsonNode transfer : transfers) {
			LocalDate on = LocalDate.parse(transfer.get("on").asString());
			assertThat(on).isBetween(AS_OF.minusMonths(18), AS_OF);
			if (transfer.has("mentorship")) {
				assertThat(pairs.get(transfer.get("mentorship").asString()))
					.containsExactlyInAnyOrder(transfer.get("from").asString(), transfer.get("to").asString());
			}
		}
		assertThat(transfers).anyMatch((t) -> t.get("format").asString().equals("CONSULT") && !t.has("mentorship"));
	}

	@Test
	void everybody_holds_and_wants_only_skills_that_fit_their_profession() {
		int checked = 0;
		for (JsonNode person : list("people")) {
			Profession main = profession(person.get("professions").get(0).asString());
			for (String key : List.of("skills", "wantsToLearn")) {
				for (JsonNode held : person.get(key)) {
					String skill = held.get("skill").asString();
					assertThat(generator.fits(skill)).as(person.get("id").asString() + " " + key + " " + skill)
						.contains(main);
					checked++;
				}
			}
		}
		assertThat(checked).isGreaterThan(4000);
	}

	/** Words that name one clinical profession's own practice and no other's. */
	private static final Map<String, Pattern> OWN_WORDS = Map.of("prof:nursing", words("nursing"), "prof:dentistry",
			words("dental|dentist|orthodont"), "prof:physiotherapy", words("physiotherap"), "prof:speech-pathology",
			words("speech|swallow"), "prof:occupational-therapy", words("occupational therap"), "prof:pharmacy",
			words("pharmac"));

	/** Words of trades outside health-professions education. */
	private static final Pattern OTHER_TRADES = words(
			"dive\\b|diving|software test|ICT network|aircraft|vessel|livestock|veterinar|circus|fashion|wine");

	@Test
	void nobody_holds_a_skill_of_another_trade_or_only_of_another_profession() {
		Map<String, String> names = new HashMap<>();
		list("skills").forEach((s) -> names.put(s.get("id").asString(), s.get("name").asString()));
		assertThat(names.values()).as("the shipped ESCO subset has both, so this test can fail")
			.contains("implement dive plans", "levels of software testing");
		for (JsonNode person : list("people")) {
			Set<String> professions = new HashSet<>();
			person.get("professions").forEach((p) -> professions.add(p.asString()));
			for (JsonNode held : person.get("skills")) {
				String name = names.get(held.get("skill").asString());
				String who = person.get("id").asString() + " " + professions + " holds " + name;
				assertThat(OTHER_TRADES.matcher(name).find()).as(who).isFalse();
				boolean ownWork = OWN_WORDS.entrySet()
					.stream()
					.anyMatch((e) -> professions.contains(e.getKey()) && e.getValue().matcher(name).find());
				OWN_WORDS.forEach((profession, words) -> {
					if (!professions.contains(profession) && !ownWork) {
						assertThat(words.matcher(name).find()).as(who).isFalse();
					}
				});
			}
		}
	}

	@Test
	void each_clinical_profession_holds_skills_of_its_own_practice() {
		Map<String, String> names = new HashMap<>();
		list("skills").forEach((s) -> names.put(s.get("id").asString(), s.get("name").asString()));
		Map<String, Integer> own = new HashMap<>();
		for (JsonNode person : list("people")) {
			String main = person.get("professions").get(0).asString();
			Pattern words = OWN_WORDS.get(main);
			if (words != null) {
				person.get("skills")
					.forEach((s) -> own.merge(main, words.matcher(names.get(s.get("skill").asString())).find() ? 1 : 0,
							Integer::sum));
			}
		}
		assertThat(own).hasSize(OWN_WORDS.size()).allSatisfy((profession, count) -> assertThat(count).isPositive());
	}

	private static Profession profession(String id) {
		return Arrays.stream(Profession.values()).filter((p) -> p.id().equals(id)).findFirst().orElseThrow();
	}

	private static Pattern words(String alternatives) {
		return Pattern.compile("\\b(" + alternatives + ")", Pattern.CASE_INSENSITIVE);
	}

}
