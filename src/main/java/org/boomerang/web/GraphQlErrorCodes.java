package org.boomerang.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.boomerang.api.ErrorCode;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Gives every GraphQL error an {@code extensions.code}, including those graphql-java
 * raises itself before or around the resolvers: a document that does not parse, an
 * unknown field, a variable of the wrong type, a query over a limit are
 * {@code BAD_REQUEST}; anything else without a code is an {@code INTERNAL_ERROR}. A
 * request whose database is away ({@code UNAVAILABLE}) or that ran out of time fails as a
 * whole: its answer is that one error without {@code data}, a request error in the
 * GraphQL-over-HTTP sense (HTTP 503 or 400 with
 * {@code application/graphql-response+json}, see {@link GraphQlHttpStatus}), rather than
 * a partial answer with an error per field.
 */
@Component
class GraphQlErrorCodes implements WebGraphQlInterceptor {

	private static final Set<ErrorClassification> CALLER_MISTAKES = Set.of(ErrorType.InvalidSyntax,
			ErrorType.ValidationError, ErrorType.OperationNotSupported, ErrorType.ExecutionAborted);

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map((response) -> {
			List<GraphQLError> errors = response.getExecutionResult().getErrors();
			Optional<GraphQLError> failure = errors.stream()
				.filter((e) -> e.getErrorType() instanceof RequestFailure)
				.min((a, b) -> Integer.compare(((RequestFailure) a.getErrorType()).ordinal(),
						((RequestFailure) b.getErrorType()).ordinal()));
			if (failure.isPresent()) {
				return requestError(response, failure.get());
			}
			if (errors.stream().allMatch((e) -> e.getExtensions() != null && e.getExtensions().containsKey("code"))) {
				return response;
			}
			List<GraphQLError> coded = errors.stream().map(GraphQlErrorCodes::withCode).toList();
			return response.transform((builder) -> builder.errors(coded));
		});
	}

	/**
	 * The answer of a request that failed as a whole: the one error, without its field's
	 * path, and no {@code data}.
	 */
	private static WebGraphQlResponse requestError(WebGraphQlResponse response, GraphQLError error) {
		GraphQLError whole = GraphqlErrorBuilder.newError()
			.message(error.getMessage())
			.errorType(error.getErrorType())
			.extensions(error.getExtensions())
			.build();
		ExecutionResult result = ExecutionResult.newExecutionResult().addError(whole).build();
		WebGraphQlResponse answer = new WebGraphQlResponse(
				new DefaultExecutionGraphQlResponse(response.getExecutionInput(), result));
		answer.getResponseHeaders().putAll(response.getResponseHeaders());
		return answer;
	}

	static GraphQLError withCode(GraphQLError error) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		if (error.getExtensions() != null) {
			extensions.putAll(error.getExtensions());
		}
		if (extensions.containsKey("code")) {
			return error;
		}
		extensions.put("code", code(error.getErrorType()).name());
		return GraphqlErrorBuilder.newError()
			.message(error.getMessage())
			.locations(error.getLocations())
			.path(error.getPath())
			.errorType(error.getErrorType())
			.extensions(extensions)
			.build();
	}

	private static ErrorCode code(ErrorClassification classification) {
		if (CALLER_MISTAKES.contains(classification) || classification == RequestFailure.TIMED_OUT) {
			return ErrorCode.BAD_REQUEST;
		}
		if (classification == RequestFailure.UNAVAILABLE) {
			return ErrorCode.UNAVAILABLE;
		}
		if (classification instanceof org.springframework.graphql.execution.ErrorType spring) {
			return ErrorCode.valueOf(spring.name());
		}
		return ErrorCode.INTERNAL_ERROR;
	}

}
