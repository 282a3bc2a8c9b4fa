package org.boomerang.security;

import jakarta.servlet.DispatcherType;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every request needs a bearer token of a trusted issuer, except the health check, the
 * pages and their assets, and the development sign-in. The import needs the ADMIN role or
 * the {@code boomerang:import} scope, the exports ADMIN or {@code boomerang:export};
 * GraphQL needs a token only, and its operations decide the rest. No sessions, no
 * cookies: each request stands on its token, so there is nothing for CSRF to forge.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

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
	SecurityFilterChain securityFilterChain(HttpSecurity http, TrustedIssuers issuers, JsonMapper json,
			Environment environment) {
		AccessErrors errors = new AccessErrors(json, environment.getProperty("spring.graphql.http.path", "/graphql"),
				SecurityProperties.devLoginOn(environment));
		http.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.authorizeHttpRequests((requests) -> requests
				// The request itself was checked; its error page or async completion is
				// not a request of its own.
				.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC)
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/", "/*.html", "/*.css", "/*.js", "/favicon.ico", "/vendor/**",
						"/webjars/**", "/graphiql", "/graphiql/**")
				.permitAll()
				.requestMatchers("/api/dev/login")
				.permitAll()
				.requestMatchers("/api/import")
				.hasAnyAuthority("ROLE_" + Role.ADMIN.name(), "SCOPE_" + Scopes.IMPORT)
				.requestMatchers("/api/export/**")
				.hasAnyAuthority("ROLE_" + Role.ADMIN.name(), "SCOPE_" + Scopes.EXPORT)
				.anyRequest()
				.authenticated())
			.oauth2ResourceServer((server) -> server
				.authenticationManagerResolver(new JwtIssuerAuthenticationManagerResolver(issuers))
				.authenticationEntryPoint(errors)
				.accessDeniedHandler(errors))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(errors).accessDeniedHandler(errors));
		return http.build();
	}

}
