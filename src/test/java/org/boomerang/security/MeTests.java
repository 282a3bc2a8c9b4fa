package org.boomerang.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.boomerang.GraphTests;
import org.boomerang.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code me}: who the service takes the caller to be, from the token alone.
 */
class MeTests extends GraphTests {

	@BeforeEach
	void people() {
		importJson(SecurityFixture.PEOPLE);
	}

	private JsonNode me(String token) {
		return json(graphQlAs(token).documentName("me").execute(), "me");
	}

	private static List<String> texts(JsonNode array) {
		return array.valueStream().map(JsonNode::asString).toList();
	}

	@Test
	void a_staff_member_is_their_person_with_the_staff_role() {
		JsonNode me = me(this.tokens.staff("sam"));
		assertThat(me.path("person").path("id").asString()).isEqualTo("sam");
		assertThat(texts(me.path("roles"))).containsExactly("STAFF");
		assertThat(texts(me.path("scopes"))).isEmpty();
	}

	@Test
	void a_coordinator_has_the_staff_role_too() {
		JsonNode me = me(this.tokens.coordinator("cora"));
		assertThat(me.path("person").path("name").asString()).isEqualTo("Cora Diaz");
		assertThat(texts(me.path("roles"))).containsExactly("STAFF", "COORDINATOR");
	}

	@Test
	void a_client_is_no_person_and_acts_by_its_scopes() {
		JsonNode me = me(this.tokens.client("hr-feed", Scopes.READ, Scopes.IMPORT));
		assertThat(me.path("person").isNull()).isTrue();
		assertThat(texts(me.path("roles"))).isEmpty();
		assertThat(texts(me.path("scopes"))).containsExactly("boomerang:import", "boomerang:read");
	}

	@Test
	void a_person_the_graph_does_not_know_by_the_e_mail_is_signed_in_without_a_person() {
		JsonNode me = me(this.tokens.admin());
		assertThat(me.path("person").isNull()).isTrue();
		assertThat(texts(me.path("roles"))).containsExactly("STAFF", "ADMIN");
	}

	@Test
	void roles_are_read_in_any_case_and_scopes_from_scp_too_keeping_only_boomerang_ones() {
		String token = Tokens.issue("an-idp-subject", "staff-portal",
				Map.of("email", "sam.ito@harbour.example", "roles", List.of("admin", "superuser", "Coordinator"), "scp",
						List.of("openid", "boomerang:record"), "scope", "profile boomerang:read"),
				Duration.ofMinutes(5));
		JsonNode me = me(token);
		assertThat(me.path("person").path("id").asString()).isEqualTo("sam");
		assertThat(texts(me.path("roles"))).containsExactly("STAFF", "COORDINATOR", "ADMIN");
		assertThat(texts(me.path("scopes"))).containsExactly("boomerang:read", "boomerang:record");
	}

	@Test
	void a_client_s_roles_claim_gives_it_no_roles() {
		String token = Tokens.issue("hr-feed", "hr-feed", Map.of("roles", List.of("ADMIN")), Duration.ofMinutes(5));
		JsonNode me = me(token);
		assertThat(me.path("person").isNull()).isTrue();
		assertThat(texts(me.path("roles"))).isEmpty();
	}

}
