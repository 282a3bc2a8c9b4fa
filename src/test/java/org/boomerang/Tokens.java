package org.boomerang;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.boomerang.security.Role;

/**
 * Real tokens for the tests, signed by a real OIDC issuer inside the test JVM
 * (mock-oauth2-server, started once for the JVM): the service knows it as a trusted
 * issuer and finds its keys through its discovery document, as it would an institution's.
 * A person's token carries the person's e-mail as the graph holds it, so the person must
 * be in the graph with an e-mail first.
 */
public final class Tokens {

	/** The trusted test issuer's id on the mock server (the last part of its URI). */
	public static final String ISSUER_ID = "boomerang-test";

	/** The e-mail of {@link #admin()}: nobody in the graph has it. */
	public static final String ADMIN_EMAIL = "admin@boomerang.test";

	/** How long a token lasts: longer than any test. */
	private static final Duration LIFETIME = Duration.ofHours(1);

	private static MockOAuth2Server server;

	private final Function<String, String> emailOf;

	/**
	 * @param emailOf the e-mail of a person id in the graph, or null
	 */
	Tokens(Function<String, String> emailOf) {
		this.emailOf = emailOf;
	}

	/**
	 * The OIDC issuer inside the test JVM, started on first use and stopped with the JVM.
	 * @return the server
	 */
	public static synchronized MockOAuth2Server server() {
		if (server == null) {
			MockOAuth2Server started = new MockOAuth2Server();
			started.start();
			Runtime.getRuntime().addShutdownHook(new Thread(started::shutdown, "mock-oauth2-server-shutdown"));
			server = started;
		}
		return server;
	}

	/**
	 * The URI of the trusted test issuer (as its tokens name it).
	 * @return the issuer URI
	 */
	public static String issuer() {
		return server().issuerUrl(ISSUER_ID).toString();
	}

	/**
	 * A staff member's token.
	 * @param personId a person of the graph with an e-mail
	 * @return the token
	 */
	public String staff(String personId) {
		return person(personId);
	}

	/**
	 * A coordinator's token.
	 * @param personId a person of the graph with an e-mail
	 * @return the token
	 */
	public String coordinator(String personId) {
		return person(personId, Role.COORDINATOR);
	}

	/**
	 * An admin's token, for a person the graph does not know ({@link #ADMIN_EMAIL}): the
	 * token every test sends unless it says otherwise.
	 * @return the token
	 */
	public String admin() {
		return withEmail(ADMIN_EMAIL, "admin", Role.ADMIN);
	}

	/**
	 * A person's token with roles (STAFF needs no mention: every person has it).
	 * @param personId a person of the graph with an e-mail
	 * @param roles the roles claim
	 * @return the token
	 */
	public String person(String personId, Role... roles) {
		String email = this.emailOf.apply(personId);
		if (email == null) {
			throw new IllegalStateException("Person '" + personId
					+ "' is not in the graph or has no e-mail: a token names its person by e-mail, so give them one"
					+ " in the test's data");
		}
		return withEmail(email, personId, roles);
	}

	/**
	 * A token naming a person by an e-mail, whoever has it.
	 * @param email the person claim
	 * @param subject the subject
	 * @param roles the roles claim
	 * @return the token
	 */
	public String withEmail(String email, String subject, Role... roles) {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("email", email);
		claims.put("roles", Arrays.stream(roles).map(Role::name).toList());
		return issue(subject, "boomerang-tests", claims, LIFETIME);
	}

	/**
	 * An integration client's token (client credentials: no person).
	 * @param name the client's name (subject and {@code azp})
	 * @param scopes its scopes
	 * @return the token
	 */
	public String client(String name, String... scopes) {
		return issue(name, name, Map.of("scope", String.join(" ", scopes)), LIFETIME);
	}

	/**
	 * No token at all.
	 * @return null, which the request helpers send without an Authorization header
	 */
	public String anonymous() {
		return null;
	}

	/**
	 * A token of the trusted test issuer with any claims.
	 * @param subject the subject
	 * @param clientId the client it is issued to ({@code azp})
	 * @param claims further claims
	 * @param lifetime how long until it expires (an {@code exp} claim, with {@code iat},
	 * overrides it: for a token that has expired)
	 * @return the token
	 */
	public static String issue(String subject, String clientId, Map<String, Object> claims, Duration lifetime) {
		Map<String, Object> all = new LinkedHashMap<>(claims);
		all.put("azp", clientId);
		return server()
			.issueToken(ISSUER_ID, clientId,
					new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of("boomerang"), all,
							lifetime.toSeconds()))
			.serialize();
	}

}
