package org.boomerang.security;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.DispatcherType;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Every request needs a bearer token of a trusted issuer, except the health check, the
 * pages and their assets, and the development sign-in. The import needs the ADMIN role or
 * the {@code boomerang:import} scope, the exports ADMIN or {@code boomerang:export};
 * GraphQL needs a token only, and its operations decide the rest. No sessions, no
 * cookies: each request stands on its token, so there is nothing for CSRF to forge. Every
 * response carries the security headers ({@link #CONTENT_SECURITY_POLICY}: scripts,
 * styles and everything else from this origin only, no inline script, no framing; no MIME
 * sniffing; no referrer), and the API answers other origins' browsers only when
 * {@code boomerang.security.cors-origins} names them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	/**
	 * Everything from this origin only: no inline script or style, no {@code eval}, no
	 * plugins, no framing by anyone. Images may be {@code data:} URIs (GraphiQL's icons
	 * and the charts' exports).
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
			+ "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	/** The paths other origins may call when allowed. */
	private static final List<String> CORS_PATHS = List.of("/graphql", "/api/**");

	/**
	 * The origins of {@code boomerang.security.cors-origins} may call the API with a
	 * bearer token (no cookies are ever sent or needed); with none configured every
	 * cross-origin request to the API is refused (403), not merely left without the
	 * header.
	 */
	@Bean
	CorsConfigurationSource corsConfigurationSource(CorsProperties properties) {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOrigins(properties.corsOrigins());
		cors.setAllowedMethods(List.of("GET", "POST"));
		cors.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT));
		cors.setAllowCredentials(false);
		cors.setMaxAge(Duration.ofHours(1));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		CORS_PATHS.forEach((path) -> source.registerCorsConfiguration(path, cors));
		return source;
	}

	/**
	 * No observation of each security filter, authentication and authorisation: a timer
	 * and counters for each of the dozen filters of every request cost more than the
	 * request's own security work. Requests are still observed whole
	 * ({@code http.server.requests}).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Spring Security's firewall with its own rule for header names and values (every
	 * character assigned in Unicode and none a control character), checked by a loop
	 * instead of its regular expression: the expression walked each of the 700-odd
	 * characters of every request's bearer token and cost a few per cent of a search.
	 */
	@Bean
	StrictHttpFirewall httpFirewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowedHeaderNames(SecurityConfiguration::printable);
		firewall.setAllowedHeaderValues(SecurityConfiguration::printable);
		return firewall;
	}

	/**
	 * Whether every character of a header's name or value is assigned in Unicode and is
	 * no control character: the firewall's default rule
	 * ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*}).
	 */
	static boolean printable(String text) {
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			if (c < 0x20 || (c >= 0x7F && (!Character.isDefined(c) || Character.getType(c) == Character.CONTROL))) {
				return false;
			}
			i += Character.charCount(c);
		}
		return true;
	}

	@Bean
	CallerConverter callerConverter(CallerRepository people, SecurityProperties properties) {
		return new CallerConverter(people, properties);
	}

	@Bean
	TrustedIssuers trustedIssuers(SecurityProperties properties, CallerConverter converter,
			ObjectProvider<DevTokens> devTokens) {
		DevTokens dev = devTokens.getIfAvailable();
		return new TrustedIssuers(properties, converter, (dev != null) ? dev.decoder() : null);
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, TrustedIssuers issuers, CallerConverter converter,
			JsonMapper json, Environment environment) {
		AccessErrors errors = new AccessErrors(json, environment.getProperty("spring.graphql.http.path", "/graphql"),
				SecurityProperties.devLoginOn(environment));
		http.csrf((csrf) -> csrf.disable())
			.cors(Customizer.withDefaults())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frames) -> frames.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			// Nothing here signs out (tokens end on their own) or asks the servlet
			// request for
			// its user: two filters fewer on every request.
			.logout((logout) -> logout.disable())
			.servletApi((servletApi) -> servletApi.disable())
			.authorizeHttpRequests((requests) -> requests
				// The request itself was checked; its error page or async completion is
				// not a request of its own.
				.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC)
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/", "/*.html", "/*.css", "/*.js", "/favicon.ico", "/vendor/**",
						"/webjars/**", "/graphiql", "/graphiql/**", "/coordinator", "/mentoring", "/programmes")
				.permitAll()
				.requestMatchers("/api/dev/login")
				.permitAll()
				.requestMatchers("/api/import")
				.hasAnyAuthority("ROLE_" + Role.ADMIN.name(), "SCOPE_" + Scopes.IMPORT)
				// The coordinator's network export: its own rule in
				// NetworkExportController
				// (coordinators, admins, boomerang:read or boomerang:export).
				.requestMatchers(HttpMethod.GET, "/api/export/network.graphml")
				.authenticated()
				.requestMatchers("/api/export/**")
				.hasAnyAuthority("ROLE_" + Role.ADMIN.name(), "SCOPE_" + Scopes.EXPORT)
				.anyRequest()
				.authenticated())
			.oauth2ResourceServer(
					(server) -> server.authenticationManagerResolver(new VerifiedTokens(issuers, converter))
						.bearerTokenResolver(new BearerTokens())
						.authenticationEntryPoint(errors)
						.accessDeniedHandler(errors))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(errors).accessDeniedHandler(errors));
		return http.build();
	}

}
