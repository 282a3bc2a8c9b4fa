package org.boomerang.security;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.boomerang.graph.EmbeddedNeo4jCondition;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;

/**
 * Who the service trusts to say who is asking.
 *
 * @param devLogin whether the development sign-in ({@code /api/dev/login}, tokens signed
 * by this instance) is on; unset means on exactly when the embedded database is used and
 * no issuer is configured
 * @param issuers the trusted issuers (OIDC issuer URIs, found through their discovery
 * document); tokens of any other issuer are refused
 * @param audiences when not empty, a token of a trusted issuer must name one of these in
 * its {@code aud} claim
 * @param personClaim the claim whose value is matched against {@code Person.email}
 * @param rolesClaim the claim holding the roles ({@code STAFF}, {@code COORDINATOR},
 * {@code ADMIN}; a name with dots also reaches into nested claims, e.g.
 * {@code realm_access.roles})
 * @param devTokenLifetime how long a development token is valid
 * @param allowDevLoginBeyondLoopback let the development sign-in run while the server
 * listens beyond the loopback address (anyone who reaches the port can then sign in as
 * anyone)
 */
@ConfigurationProperties("boomerang.security")
record SecurityProperties(Boolean devLogin, @DefaultValue List<URI> issuers, @DefaultValue List<String> audiences,
		@DefaultValue("email") String personClaim, @DefaultValue("roles") String rolesClaim,
		@DefaultValue("8h") Duration devTokenLifetime, @DefaultValue("false") boolean allowDevLoginBeyondLoopback) {

	/** The issuer of the development tokens. */
	static final String DEV_ISSUER = "boomerang-dev";

	SecurityProperties {
		if (personClaim == null || personClaim.isBlank()) {
			throw new IllegalArgumentException("boomerang.security.person-claim must name a claim, e.g. email");
		}
		if (rolesClaim == null || rolesClaim.isBlank()) {
			throw new IllegalArgumentException("boomerang.security.roles-claim must name a claim, e.g. roles");
		}
		if (devTokenLifetime.isNegative() || devTokenLifetime.isZero()) {
			throw new IllegalArgumentException(
					"boomerang.security.dev-token-lifetime must be positive, e.g. 8h, not " + devTokenLifetime);
		}
		for (URI issuer : issuers) {
			if (!issuer.isAbsolute() || issuer.toString().equals(DEV_ISSUER)) {
				throw new IllegalArgumentException("boomerang.security.issuers: '" + issuer
						+ "' is not an issuer URI; give the issuer's address as its tokens name it, e.g. https://login.example.org/realms/staff");
			}
		}
	}

	/**
	 * Whether the development sign-in is on in an environment, before any bean exists: an
	 * explicit {@code boomerang.security.dev-login} wins; otherwise it is on with the
	 * embedded database and no trusted issuer.
	 * @param environment the environment
	 * @return true when it is on
	 */
	static boolean devLoginOn(Environment environment) {
		Binder binder = Binder.get(environment);
		Boolean explicit = binder.bind("boomerang.security.dev-login", Boolean.class).orElse(null);
		if (explicit != null) {
			return explicit;
		}
		boolean issuers = !binder.bind("boomerang.security.issuers", Bindable.listOf(String.class))
			.orElse(List.of())
			.isEmpty();
		return EmbeddedNeo4jCondition.embedded(environment) && !issuers;
	}

}
