package org.boomerang.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.boomerang.api.ErrorCode;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Gives every GraphQL error an {@code extensions.code}, including those graphql-java
 * raises itself before or around the resolvers: a document that does not parse, an
 * unknown field, a variable of the wrong type, a query over the depth or complexity limit
 * are {@code BAD_REQUEST}; anything else without a code is an {@code INTERNAL_ERROR}.
 */
@Component
class GraphQlErrorCodes implements WebGraphQlInterceptor {

	private static final Set<ErrorClassification> CALLER_MISTAKES = Set.of(ErrorType.InvalidSyntax,
			ErrorType.ValidationError, ErrorType.OperationNotSupported, ErrorType.ExecutionAborted);

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map((response) -> {
			List<GraphQLError> errors = response.getExecutionResult().getErrors();
			if (errors.stream().allMatch((e) -> e.getExtensions() != null && e.getExtensions().containsKey("code"))) {
				return response;
			}
			List<GraphQLError> coded = errors.stream().map(GraphQlErrorCodes::withCode).toList();
			return response.transform((builder) -> builder.errors(coded));
		});
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
		if (CALLER_MISTAKES.contains(classification)) {
			return ErrorCode.BAD_REQUEST;
		}
		if (classification instanceof org.springframework.graphql.execution.ErrorType spring) {
			return ErrorCode.valueOf(spring.name());
		}
		return ErrorCode.INTERNAL_ERROR;
	}

}
