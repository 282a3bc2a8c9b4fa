package org.boomerang.security;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Signs and verifies the development sign-in's tokens with a key pair this instance makes
 * when it starts and keeps in memory only: a restart makes every earlier development
 * token worthless, and nothing secret is ever written to disk.
 */
final class DevTokens {

	/** The {@code azp} of a person's development token: the sign-in of the page. */
	static final String SIGN_IN_CLIENT = "boomerang-dev-sign-in";

	private final JwtEncoder encoder;

	private final JwtDecoder decoder;

	private final SecurityProperties properties;

	DevTokens(SecurityProperties properties) {
		this.properties = properties;
		KeyPair keys = rsaKeyPair();
		RSAPublicKey publicKey = (RSAPublicKey) keys.getPublic();
		this.encoder = NimbusJwtEncoder.withKeyPair(publicKey, (RSAPrivateKey) keys.getPrivate()).build();
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(publicKey)
			.signatureAlgorithm(SignatureAlgorithm.RS256)
			.build();
		decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(SecurityProperties.DEV_ISSUER));
		this.decoder = decoder;
	}

	/** The verifier of these tokens. */
	JwtDecoder decoder() {
		return this.decoder;
	}

	/**
	 * A token for a person.
	 * @param personId the person's id (the token's subject)
	 * @param email their e-mail, under the configured person claim
	 * @param roles their roles, under the configured roles claim
	 * @return the token and when it expires
	 */
	Issued person(String personId, String email, Collection<Role> roles) {
		return sign(claims(personId, SIGN_IN_CLIENT).claim(this.properties.personClaim(), email)
			.claim(this.properties.rolesClaim(), roles.stream().map(Role::name).toList()));
	}

	/**
	 * A token for an integration client.
	 * @param client the client's name (subject and {@code azp})
	 * @param scopes its scopes
	 * @return the token and when it expires
	 */
	Issued client(String client, Collection<String> scopes) {
		return sign(claims(client, client).claim("scope", String.join(" ", List.copyOf(scopes))));
	}

	private JwtClaimsSet.Builder claims(String subject, String clientId) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		return JwtClaimsSet.builder()
			.issuer(SecurityProperties.DEV_ISSUER)
			.subject(subject)
			.id(UUID.randomUUID().toString())
			.issuedAt(now)
			.expiresAt(now.plus(this.properties.devTokenLifetime()))
			.claim("azp", clientId);
	}

	private Issued sign(JwtClaimsSet.Builder claims) {
		JwtClaimsSet set = claims.build();
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).type("JWT").build();
		String token = this.encoder.encode(JwtEncoderParameters.from(header, set)).getTokenValue();
		return new Issued(token, set.getExpiresAt());
	}

	private static KeyPair rsaKeyPair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("RSA is not available to sign development tokens", ex);
		}
	}

	/**
	 * A signed token.
	 *
	 * @param token the JWT
	 * @param expiresAt when it stops being accepted
	 */
	record Issued(String token, Instant expiresAt) {
	}

}
