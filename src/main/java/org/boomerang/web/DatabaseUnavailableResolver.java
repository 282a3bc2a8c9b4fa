package org.boomerang.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.boomerang.api.ErrorCode;
import org.boomerang.graph.DatabaseFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers a plain HTTP request ({@code POST /api/import}, the exports) that failed
 * because the database cannot be reached with 503 and the JSON error shape of
 * {@link RestErrors} ({@code error: UNAVAILABLE}), instead of a bare 500. Runs before
 * Spring MVC's own resolvers and leaves every other failure to them.
 */
@Component
class DatabaseUnavailableResolver implements HandlerExceptionResolver, Ordered {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableResolver.class);

	private final JsonMapper json;

	DatabaseUnavailableResolver(JsonMapper json) {
		this.json = json;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!DatabaseFailures.unavailable(ex) || response.isCommitted()) {
			return null;
		}
		log.debug("{} {} found the database unavailable", request.getMethod(), request.getRequestURI(), ex);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", ErrorCode.UNAVAILABLE.name());
		body.put("message", GraphQlExceptions.UNAVAILABLE_MESSAGE);
		body.put("problems", List.of());
		try {
			response.resetBuffer();
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setHeader("Retry-After", "60");
			this.json.writeValue(response.getOutputStream(), body);
		}
		catch (IOException ex2) {
			log.debug("Could not write the 503 answer", ex2);
		}
		return new ModelAndView();
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
