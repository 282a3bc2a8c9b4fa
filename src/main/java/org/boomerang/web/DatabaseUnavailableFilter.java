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
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a request that found the database away outside any controller (the sign-in's
 * look-up of the caller runs in the security filters) as the controllers do: 503 with the
 * JSON error shape, and on {@code /graphql} a GraphQL answer with the code
 * {@code UNAVAILABLE} (503 for {@code application/graphql-response+json}, 200 for
 * {@code application/json}), instead of a bare 500.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

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
			if (!DatabaseFailures.unavailable(ex) || response.isCommitted()) {
				throw ex;
			}
			log.debug("{} {} found the database unavailable", request.getMethod(), request.getRequestURI(), ex);
			response.resetBuffer();
			response.setHeader("Retry-After", "60");
			if (this.graphQlPath.equals(request.getRequestURI())) {
				graphQlAnswer(request, response);
			}
			else {
				Map<String, Object> body = new LinkedHashMap<>();
				body.put("error", ErrorCode.UNAVAILABLE.name());
				body.put("message", GraphQlExceptions.UNAVAILABLE_MESSAGE);
				body.put("problems", List.of());
				response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
				response.setContentType(MediaType.APPLICATION_JSON_VALUE);
				this.json.writeValue(response.getOutputStream(), body);
			}
		}
	}

	private void graphQlAnswer(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String accept = request.getHeader("Accept");
		boolean strict = accept != null && accept.contains("application/graphql-response+json");
		response.setStatus(strict ? HttpStatus.SERVICE_UNAVAILABLE.value() : HttpStatus.OK.value());
		response.setContentType(strict ? "application/graphql-response+json" : MediaType.APPLICATION_JSON_VALUE);
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", GraphQlExceptions.UNAVAILABLE_MESSAGE);
		error.put("extensions", Map.of("code", ErrorCode.UNAVAILABLE.name()));
		this.json.writeValue(response.getOutputStream(), Map.of("errors", List.of(error)));
	}

}
