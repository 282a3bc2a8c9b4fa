package org.boomerang.security;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.boomerang.GraphTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The development sign-in: what it lists, the tokens it signs (accepted by this instance
 * only), and what it refuses.
 */
class DevLoginTests extends GraphTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@BeforeEach
	void people() {
		importJson(SecurityFixture.PEOPLE);
	}

	private HttpResponse<String> signIn(String body) {
		return post("/api/dev/login", "application/json", body, this.tokens.anonymous());
	}

	private String token(String body) {
		HttpResponse<String> answer = signIn(body);
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		return JSON.readTree(answer.body()).path("token").asString();
	}

	private JsonNode me(String token) {
		return json(graphQlAs(token).documentName("me").execute(), "me");
	}

	private static JsonNode claims(String token) {
		return JSON.readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
	}

	private static List<String> texts(JsonNode array) {
		return array.valueStream().map(JsonNode::asString).toList();
	}

	private static JsonNode refusal(HttpResponse<String> answer) {
		assertThat(answer.statusCode()).isEqualTo(400);
		JsonNode body = JSON.readTree(answer.body());
		assertThat(body.path("error").asString()).isEqualTo("BAD_REQUEST");
		return body;
	}

	@Test
	void a_person_signs_in_with_roles_and_the_token_names_them_by_e_mail() {
		HttpResponse<String> answer = signIn("{\"person\": \"cora\", \"roles\": [\"COORDINATOR\"]}");
		assertThat(answer.statusCode()).isEqualTo(200);
		JsonNode body = JSON.readTree(answer.body());
		String token = body.path("token").asString();
		JsonNode claims = claims(token);
		assertThat(claims.path("iss").asString()).isEqualTo("boomerang-dev");
		assertThat(claims.path("sub").asString()).isEqualTo("cora");
		assertThat(claims.path("email").asString()).isEqualTo("cora.diaz@harbour.example");
		assertThat(texts(claims.path("roles"))).containsExactlyInAnyOrder("STAFF", "COORDINATOR");
		assertThat(claims.path("azp").asString()).isEqualTo("boomerang-dev-sign-in");
		// The default lifetime, 8 hours, as the token and the answer say.
		assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(8 * 3600);
		assertThat(Instant.parse(body.path("expiresAt").asString()))
			.isEqualTo(Instant.ofEpochSecond(claims.path("exp").asLong()));

		JsonNode me = me(token);
		assertThat(me.path("person").path("id").asString()).isEqualTo("cora");
		assertThat(texts(me.path("roles"))).containsExactly("STAFF", "COORDINATOR");
	}

	@Test
	void without_roles_a_person_is_staff() {
		assertThat(texts(me(token("{\"person\": \"sam\"}")).path("roles"))).containsExactly("STAFF");
	}

	@Test
	void a_client_signs_in_with_scopes_and_acts_by_them() throws Exception {
		String token = token("{\"client\": \"hr-feed\", \"scopes\": [\"boomerang:import\"]}");
		JsonNode claims = claims(token);
		assertThat(claims.path("sub").asString()).isEqualTo("hr-feed");
		assertThat(claims.path("azp").asString()).isEqualTo("hr-feed");
		assertThat(claims.path("scope").asString()).isEqualTo("boomerang:import");
		JsonNode me = me(token);
		assertThat(me.path("person").isNull()).isTrue();
		assertThat(texts(me.path("scopes"))).containsExactly("boomerang:import");
		assertThat(post("/api/import", "application/json", java.nio.file.Files.readString(EXAMPLE), token).statusCode())
			.isEqualTo(200);
	}

	@Test
	void the_list_offers_people_the_graph_holds_with_an_e_mail_with_roles_and_what_to_try() {
		HttpResponse<String> answer = get("/api/dev/login", this.tokens.anonymous());
		assertThat(answer.statusCode()).isEqualTo(200);
		JsonNode list = JSON.readTree(answer.body());
		// Of the demo's list, only person:000124 is in this graph; of the tests' list
		// (Ivy, Cara, Nell), only Nell, who has no e-mail.
		assertThat(list.path("people")).hasSize(1);
		JsonNode omar = list.path("people").get(0);
		assertThat(omar.path("id").asString()).isEqualTo("person:000124");
		assertThat(omar.path("name").asString()).isEqualTo("Dr Omar Test");
		assertThat(omar.path("careerStage").asString()).isEqualTo("SENIOR");
		assertThat(omar.path("institution").asString()).isEqualTo("Coastal University");
		assertThat(texts(omar.path("roles"))).containsExactly("STAFF");
		assertThat(omar.path("whatToTry").asString()).contains("ask who can teach EMR and tick reverse mentoring");
		assertThat(texts(list.path("roles"))).containsExactly("STAFF", "COORDINATOR", "ADMIN");
		assertThat(texts(list.path("scopes"))).containsExactly("boomerang:export", "boomerang:import", "boomerang:read",
				"boomerang:record");
	}

	@Test
	void a_person_who_does_not_exist_or_has_no_e_mail_cannot_sign_in() {
		assertThat(refusal(signIn("{\"person\": \"nobody\"}")).path("message").asString())
			.startsWith("No person has the id 'nobody'");
		assertThat(refusal(signIn("{\"person\": \"nell\"}")).path("message").asString())
			.startsWith("Person 'nell' has no e-mail, and a token names its person by e-mail");
	}

	@Test
	void roles_and_scopes_outside_their_lists_are_refused_with_where() {
		JsonNode roles = refusal(signIn("{\"person\": \"sam\", \"roles\": [\"STAFF\", \"ROOT\"]}"));
		assertThat(roles.path("problems").get(0).path("path").asString()).isEqualTo("roles[1]");
		assertThat(roles.path("problems").get(0).path("message").asString())
			.isEqualTo("'ROOT' is not a role: use STAFF, COORDINATOR, ADMIN");
		JsonNode scopes = refusal(
				signIn("{\"client\": \"feed\", \"scopes\": [\"boomerang:read\", \"boomerang:all\"]}"));
		assertThat(scopes.path("problems").get(0).path("path").asString()).isEqualTo("scopes[1]");
		assertThat(scopes.path("problems").get(0).path("message").asString())
			.startsWith("'boomerang:all' is not a scope");
		JsonNode mixed = refusal(signIn("{\"person\": \"sam\", \"scopes\": [\"boomerang:read\"]}"));
		assertThat(mixed.path("problems").get(0).path("path").asString()).isEqualTo("scopes");
		JsonNode name = refusal(signIn("{\"client\": \"a feed with spaces\"}"));
		assertThat(name.path("problems").get(0).path("path").asString()).isEqualTo("client");
	}

	@Test
	void a_sign_in_names_either_a_person_or_a_client() {
		assertThat(refusal(signIn("{\"person\": \"sam\", \"client\": \"feed\"}")).path("message").asString())
			.startsWith("Give either person")
			.endsWith("not both");
		assertThat(refusal(signIn("{}")).path("message").asString()).endsWith("not neither");
	}

	@Test
	void a_token_that_says_it_is_a_development_token_but_was_signed_by_another_key_is_refused() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		SignedJWT forged = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256),
				new JWTClaimsSet.Builder().issuer("boomerang-dev")
					.subject("cora")
					.claim("email", "cora.diaz@harbour.example")
					.claim("roles", List.of("ADMIN"))
					.issueTime(new Date())
					.expirationTime(Date.from(Instant.now().plusSeconds(600)))
					.build());
		forged.sign(new RSASSASigner((RSAPrivateKey) generator.generateKeyPair().getPrivate()));
		HttpResponse<String> answer = post("/graphql", "application/json", "{\"query\": \"{ me { roles } }\"}",
				forged.serialize());
		assertThat(answer.statusCode()).isEqualTo(401);
		assertThat(JSON.readTree(answer.body()).path("errors").get(0).path("message").asString())
			.startsWith("The bearer token was refused (")
			.contains("signature");
	}

}
