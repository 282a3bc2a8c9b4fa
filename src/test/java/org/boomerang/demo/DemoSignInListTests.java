package org.boomerang.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.boomerang.importing.EscoReader;
import org.boomerang.model.CareerStage;
import org.boomerang.security.Role;
import org.boomerang.security.SignInSuggestion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's sign-in list names people of the demo network as the default settings
 * generate it, fit to sign in as: every career stage among the staff, a coordinator at
 * each institution, an admin.
 */
class DemoSignInListTests {

	private static final Map<String, JsonNode> people = new HashMap<>();

	private static final Set<String> institutions = DemoCatalogue.INSTITUTIONS.stream()
		.map(DemoCatalogue.Institution::id)
		.collect(Collectors.toSet());

	@BeforeAll
	static void generate() {
		DemoProperties demo = new DemoProperties(true, 400, 20260308, null, true);
		DemoNetworkGenerator generator = new DemoNetworkGenerator(EscoReader.readClasspath(DemoLoader.ESCO_SUBSET),
				DemoNetworkGenerator.Settings.demo(demo.people(), demo.seed(), demo.asOf()));
		JsonMapper.builder()
			.build()
			.readTree(generator.toBytes())
			.get("people")
			.forEach((p) -> people.put(p.get("id").asString(), p));
	}

	private static List<SignInSuggestion> with(Role role) {
		return DemoSignInList.PEOPLE.stream().filter((s) -> s.roles().get(0) == role).toList();
	}

	private static List<String> currentInstitutions(JsonNode person) {
		return person.get("affiliations")
			.valueStream()
			.filter((a) -> !a.has("to"))
			.map((a) -> a.get("institution").asString())
			.toList();
	}

	@Test
	void everyone_listed_is_in_the_demo_with_an_e_mail_visible_to_the_network_at_one_institution() {
		for (SignInSuggestion suggestion : DemoSignInList.PEOPLE) {
			JsonNode person = people.get(suggestion.person());
			assertThat(person).as(suggestion.person()).isNotNull();
			assertThat(person.path("email").asString(null)).as(suggestion.person()).isNotBlank();
			assertThat(person.has("visibility")).as(suggestion.person() + " has the default visibility").isFalse();
			assertThat(currentInstitutions(person)).as(suggestion.person()).hasSize(1);
			assertThat(suggestion.whatToTry()).as(suggestion.person()).isNotBlank();
			assertThat(suggestion.roles()).as(suggestion.person()).contains(Role.STAFF);
		}
		assertThat(DemoSignInList.PEOPLE.stream().map(SignInSuggestion::person).distinct())
			.hasSameSizeAs(DemoSignInList.PEOPLE);
	}

	@Test
	void the_staff_listed_stand_at_every_career_stage_in_order() {
		assertThat(with(Role.STAFF).stream().map((s) -> people.get(s.person()).get("careerStage").asString()))
			.containsExactly(CareerStage.STUDENT.name(), CareerStage.EARLY_CAREER.name(), CareerStage.TRAINEE.name(),
					CareerStage.SPECIALIST.name(), CareerStage.SENIOR.name());
	}

	@Test
	void there_is_a_coordinator_at_each_demo_institution_and_an_admin() {
		assertThat(with(Role.COORDINATOR).stream().map((s) -> currentInstitutions(people.get(s.person())).get(0)))
			.containsExactlyInAnyOrderElementsOf(institutions);
		assertThat(with(Role.ADMIN)).hasSize(1);
	}

}
