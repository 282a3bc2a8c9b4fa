package org.boomerang.security;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;

/**
 * Verifies each token once, not on every request: a client sends the same token with
 * every request until it expires, and reading it (twice: once for its issuer, once to
 * verify it) and checking its signature cost more than a short search. A token string
 * seen before within {@link #KEPT} is taken as verified, after its time limits are
 * checked again (an expired token is verified anew, and refused). Its claims are read
 * once too ({@link CallerConverter#read(Jwt)}); the person it names is looked up on each
 * request (the person lookup keeps its own short memory), so the person and their
 * institutions follow the graph as before. Anything not seen before goes through Spring
 * Security's resolver by issuer ({@link TrustedIssuers}) with all its checks and errors.
 *
 * <p>
 * What this costs: a token verified under an issuer key that the issuer withdraws within
 * {@link #KEPT} stays accepted until it leaves this memory.
 */
final class VerifiedTokens implements AuthenticationManagerResolver<HttpServletRequest> {

	/** How long a verified token is taken as verified. */
	static final Duration KEPT = Duration.ofMinutes(5);

	/** How many tokens are kept at most (a token and its claims: about 2 kB each). */
	static final int KEPT_MOST = 10_000;

	private final JwtIssuerAuthenticationManagerResolver byIssuer;

	private final CallerConverter converter;

	private final JwtTimestampValidator timestamps = new JwtTimestampValidator();

	private final Cache<String, Verified> verified = Caffeine.newBuilder()
		.maximumSize(KEPT_MOST)
		.expireAfterWrite(KEPT)
		.build();

	VerifiedTokens(TrustedIssuers issuers, CallerConverter converter) {
		this.byIssuer = new JwtIssuerAuthenticationManagerResolver(issuers);
		this.converter = converter;
	}

	@Override
	public AuthenticationManager resolve(HttpServletRequest request) {
		AuthenticationManager verifying = this.byIssuer.resolve(request);
		return (authentication) -> {
			if (authentication instanceof BearerTokenAuthenticationToken bearer) {
				Verified known = this.verified.getIfPresent(bearer.getToken());
				if (known != null && !this.timestamps.validate(known.jwt()).hasErrors()) {
					return this.converter.convert(known.jwt(), known.caller());
				}
				this.verified.invalidate(bearer.getToken());
			}
			Authentication result = verifying.authenticate(authentication);
			if (authentication instanceof BearerTokenAuthenticationToken bearer
					&& result instanceof CallerAuthentication caller) {
				this.verified.put(bearer.getToken(),
						new Verified(caller.getToken(), this.converter.read(caller.getToken())));
			}
			return result;
		};
	}

	/**
	 * A verified token and what its claims say of its caller.
	 *
	 * @param jwt the token
	 * @param caller its claims as the converter reads them
	 */
	private record Verified(Jwt jwt, CallerConverter.TokenCaller caller) {
	}

}
