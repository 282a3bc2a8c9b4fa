package org.boomerang.security;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.boomerang.GraphTests;
import org.boomerang.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tokens of the trusted issuer, a real OIDC issuer inside the test JVM that the service
 * finds through its discovery document, and tokens it must refuse.
 */
class TrustedIssuerTests extends GraphTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@BeforeEach
	void people() {
		importJson(SecurityFixture.PEOPLE);
	}

	private GraphQlTester.Response me(String token) {
		return graphQlAs(token).documentName("me").execute();
	}

	private void refused(String token, String reason) {
		HttpResponse<String> answer = send(request("/graphql", token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ me { roles } }\"}")));
		assertThat(answer.statusCode()).isEqualTo(401);
		assertThat(answer.headers().firstValue("WWW-Authenticate").orElse(""))
			.startsWith("Bearer error=\"invalid_token\"");
		JsonNode error = JSON.readTree(answer.body()).path("errors").get(0);
		assertThat(error.path("extensions").path("code").asString()).isEqualTo("UNAUTHORIZED");
		assertThat(error.path("message").asString()).startsWith("The bearer token was refused (").contains(reason);
	}

	@Test
	void a_token_of_a_trusted_issuer_with_email_and_roles_claims_signs_the_person_in() {
		String token = Tokens.issue("an-idp-subject", "staff-portal",
				Map.of("email", "cora.diaz@harbour.example", "roles", List.of("COORDINATOR")), Duration.ofMinutes(5));
		JsonNode me = json(me(token), "me");
		assertThat(me.path("person").path("id").asString()).isEqualTo("cora");
		assertThat(me.path("person").path("name").asString()).isEqualTo("Cora Diaz");
		assertThat(me.path("roles").valueStream().map(JsonNode::asString)).containsExactly("STAFF", "COORDINATOR");
		assertThat(me.path("scopes").isEmpty()).isTrue();
	}

	@Test
	void a_token_of_an_issuer_that_is_not_trusted_is_refused() {
		// The same OIDC server, another issuer on it: real, discoverable, not configured.
		String token = Tokens.server()
			.issueToken("elsewhere", "staff-portal",
					new DefaultOAuth2TokenCallback("elsewhere", "an-idp-subject", "JWT", List.of("boomerang"),
							Map.of("email", "cora.diaz@harbour.example"), 300))
			.serialize();
		refused(token, "Invalid issuer");
	}

	@Test
	void an_expired_token_is_refused() {
		// Issued two hours ago, for one hour.
		long now = Instant.now().getEpochSecond();
		String token = Tokens.issue("an-idp-subject", "staff-portal",
				Map.of("email", "cora.diaz@harbour.example", "iat", now - 7200, "exp", now - 3600),
				Duration.ofMinutes(5));
		refused(token, "expired");
	}

	@Test
	void a_token_with_a_signature_that_does_not_match_is_refused() {
		String token = Tokens.issue("an-idp-subject", "staff-portal", Map.of("email", "cora.diaz@harbour.example"),
				Duration.ofMinutes(5));
		// The claims of one token under the signature of another of the same issuer.
		String other = Tokens.issue("someone-else", "staff-portal", Map.of("email", "sam.ito@harbour.example"),
				Duration.ofMinutes(5));
		String forged = token.substring(0, token.lastIndexOf('.')) + other.substring(other.lastIndexOf('.'));
		refused(forged, "signature");
		// The untouched token is accepted, so the refusal is the signature's.
		assertThat(json(me(token), "me").path("person").path("id").asString()).isEqualTo("cora");
	}

	@Test
	void a_token_accepted_before_is_accepted_again_but_its_claims_under_another_signature_are_not() {
		// Tokens are verified once and then remembered (VerifiedTokens): by the whole
		// token, signature included, never by what it claims.
		String token = Tokens.issue("an-idp-subject", "staff-portal", Map.of("email", "cora.diaz@harbour.example"),
				Duration.ofMinutes(5));
		for (int i = 0; i < 3; i++) {
			assertThat(json(me(token), "me").path("person").path("id").asString()).isEqualTo("cora");
		}
		String other = Tokens.issue("someone-else", "staff-portal", Map.of("email", "sam.ito@harbour.example"),
				Duration.ofMinutes(5));
		refused(token.substring(0, token.lastIndexOf('.')) + other.substring(other.lastIndexOf('.')), "signature");
		refused(token + "x", "signature");
	}

}
