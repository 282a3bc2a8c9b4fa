package org.boomerang.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.boomerang.api.ErrorCode;
import org.boomerang.graph.DatabaseFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a request that found the database away outside any controller (the sign-in's
 * look-up of the caller runs in the security filters), or whose token's issuer could not
 * be reached to verify it, as the controllers answer an outage: 503 with the JSON error
 * shape, and on {@code /graphql} a GraphQL answer with the code {@code UNAVAILABLE} (503
 * for {@code application/graphql-response+json}, 200 for {@code application/json}),
 * instead of a bare 500.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	static final String ISSUER_UNREACHABLE = "The sign-in provider that issued your token could not be reached to"
			+ " verify it (its discovery document or keys did not arrive in time); try again in a moment, and tell"
			+ " the administrator if it goes on";

	private final JsonMapper json;

	private final String graphQlPath;

	DatabaseUnavailableFilter(JsonMapper json, Environment environment) {
		this.json = json;
		this.graphQlPath = environment.getProperty("spring.graphql.http.path", "/graphql");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			String message = DatabaseFailures.unavailable(ex) ? GraphQlExceptions.UNAVAILABLE_MESSAGE
					: issuerUnreachable(ex) ? ISSUER_UNREACHABLE : null;
			if (message == null || response.isCommitted()) {
				throw ex;
			}
			log.warn("{} {}: {}", request.getMethod(), request.getRequestURI(), message, ex);
			response.resetBuffer();
			response.setHeader("Retry-After", ISSUER_UNREACHABLE.equals(message) ? "5" : "60");
			if (this.graphQlPath.equals(request.getRequestURI())) {
				graphQlAnswer(request, response, message);
			}
			else {
				Map<String, Object> body = new LinkedHashMap<>();
				body.put("error", ErrorCode.UNAVAILABLE.name());
				body.put("message", message);
				body.put("problems", List.of());
				response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
				response.setContentType(MediaType.APPLICATION_JSON_VALUE);
				this.json.writeValue(response.getOutputStream(), body);
			}
		}
	}

	/**
	 * Whether the token's issuer could not be reached to verify it (its discovery
	 * document or keys): the sign-in provider, not the token, is at fault, and the next
	 * request tries again.
	 */
	static boolean issuerUnreachable(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof JwtDecoderInitializationException) {
				return true;
			}
		}
		return false;
	}

	private void graphQlAnswer(HttpServletRequest request, HttpServletResponse response, String message)
			throws IOException {
		String accept = request.getHeader("Accept");
		boolean strict = accept != null && accept.contains("application/graphql-response+json");
		response.setStatus(strict ? HttpStatus.SERVICE_UNAVAILABLE.value() : HttpStatus.OK.value());
		response.setContentType(strict ? "application/graphql-response+json" : MediaType.APPLICATION_JSON_VALUE);
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", message);
		error.put("extensions", Map.of("code", ErrorCode.UNAVAILABLE.name()));
		this.json.writeValue(response.getOutputStream(), Map.of("errors", List.of(error)));
	}

}
