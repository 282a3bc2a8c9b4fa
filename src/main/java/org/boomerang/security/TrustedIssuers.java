package org.boomerang.security;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.web.client.RestTemplate;

/**
 * Picks how to verify a token by its issuer: the configured trusted issuers (each found
 * through its OIDC discovery document on its first token, then its keys kept and
 * refreshed by the decoder) and, when the development sign-in is on, this instance's own
 * issuer. Any other issuer gets no verifier, so its tokens are refused.
 */
final class TrustedIssuers implements AuthenticationManagerResolver<String> {

	/** Waits on an issuer's discovery document and keys, so a slow issuer fails fast. */
	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

	private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

	private final Set<String> trusted;

	private final List<String> audiences;

	private final CallerConverter converter;

	private final AuthenticationManager dev;

	private final RestTemplate rest;

	private final Map<String, AuthenticationManager> managers = new ConcurrentHashMap<>();

	/**
	 * @param properties the trusted issuers and audiences
	 * @param converter turns a verified token into the caller
	 * @param devDecoder the verifier of this instance's development tokens, or null when
	 * the development sign-in is off
	 */
	TrustedIssuers(SecurityProperties properties, CallerConverter converter, JwtDecoder devDecoder) {
		this.trusted = properties.issuers().stream().map(URI::toString).collect(Collectors.toUnmodifiableSet());
		this.audiences = List.copyOf(properties.audiences());
		this.converter = converter;
		this.dev = (devDecoder != null) ? manager(devDecoder) : null;
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(CONNECT_TIMEOUT);
		requests.setReadTimeout(READ_TIMEOUT);
		this.rest = new RestTemplate(requests);
	}

	@Override
	public AuthenticationManager resolve(String issuer) {
		if (issuer == null) {
			return null;
		}
		if (SecurityProperties.DEV_ISSUER.equals(issuer)) {
			return this.dev;
		}
		if (!this.trusted.contains(issuer)) {
			return null;
		}
		return this.managers.computeIfAbsent(issuer, (i) -> manager(decoder(i)));
	}

	private JwtDecoder decoder(String issuer) {
		// Discovery waits for the issuer's first token, and is tried again after a
		// failure, so an issuer that is down at start-up does not stop the service.
		return new SupplierJwtDecoder(() -> {
			NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer)
				.restOperations(this.rest)
				.discoverJwsAlgorithms()
				.build();
			decoder.setJwtValidator(validator(issuer));
			return decoder;
		});
	}

	private OAuth2TokenValidator<Jwt> validator(String issuer) {
		List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
		validators.add(new JwtIssuerValidator(issuer));
		if (!this.audiences.isEmpty()) {
			validators.add(new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
					(aud) -> aud != null && aud.stream().anyMatch(this.audiences::contains)));
		}
		return JwtValidators.createDefaultWithValidators(validators);
	}

	private AuthenticationManager manager(JwtDecoder decoder) {
		JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
		provider.setJwtAuthenticationConverter(this.converter);
		return provider::authenticate;
	}

}
