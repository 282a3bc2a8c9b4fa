package org.boomerang.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.boomerang.api.ApiException;
import org.boomerang.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * The one place where exceptions thrown while resolving a GraphQL field become errors
 * (the application's only {@code DataFetcherExceptionResolver}): an {@link ApiException},
 * which every feature throws for a request it refuses, keeps its code, message and
 * problems; Spring Security's refusals are {@code FORBIDDEN} (access denied) and
 * {@code UNAUTHORIZED} (not signed in); anything else is an {@code INTERNAL_ERROR} with a
 * generic message and an id under which the details are logged.
 */
@Component
class GraphQlExceptions extends DataFetcherExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(GraphQlExceptions.class);

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof ApiException api) {
			List<Map<String, String>> problems = api.problems()
				.stream()
				.map((p) -> problem(p.path(), p.message()))
				.toList();
			return error(env, api.code(), api.getMessage(), problems);
		}
		if (ex instanceof AccessDeniedException) {
			return error(env, ErrorCode.FORBIDDEN, "You may not do this: " + ex.getMessage(), List.of());
		}
		if (ex instanceof AuthenticationException) {
			return error(env, ErrorCode.UNAUTHORIZED,
					"Sign in first: send the header Authorization: Bearer <token> (" + ex.getMessage() + ")",
					List.of());
		}
		String id = UUID.randomUUID().toString();
		if (interrupted(ex)) {
			// Only shutdown interrupts a thread that resolves a field (the start-up
			// warm-up's, when the service stops during start-up): no fault to report.
			log.debug("GraphQL field {} interrupted (error id {})", env.getExecutionStepInfo().getPath(), id, ex);
		}
		else {
			log.error("GraphQL field {} failed (error id {})", env.getExecutionStepInfo().getPath(), id, ex);
		}
		return error(env, ErrorCode.INTERNAL_ERROR,
				"The server failed while resolving " + env.getExecutionStepInfo().getPath() + " (error id " + id
						+ "). The request may be fine: try again, and report the error id if it keeps failing.",
				List.of());
	}

	private static boolean interrupted(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof InterruptedException) {
				return true;
			}
		}
		return false;
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorCode code, String message,
			List<Map<String, String>> problems) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("code", code.name());
		if (!problems.isEmpty()) {
			extensions.put("problems", problems);
		}
		return GraphqlErrorBuilder.newError(env)
			.errorType(ErrorType.valueOf(code.name()))
			.message(message)
			.extensions(extensions)
			.build();
	}

	private static Map<String, String> problem(String path, String message) {
		Map<String, String> problem = new LinkedHashMap<>();
		problem.put("path", path);
		problem.put("message", message);
		return problem;
	}

}
