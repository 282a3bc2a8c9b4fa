package org.boomerang.mentoring;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns a {@link MentoringException} into a GraphQL error with {@code extensions.code};
 * every other exception is left to the application's general resolver.
 */
@Component
class MentoringErrors extends DataFetcherExceptionResolverAdapter {

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (!(ex instanceof MentoringException mentoring)) {
			return null;
		}
		ErrorType type = "NOT_FOUND".equals(mentoring.code()) ? ErrorType.NOT_FOUND : ErrorType.BAD_REQUEST;
		return GraphqlErrorBuilder.newError(env)
			.errorType(type)
			.message(mentoring.getMessage())
			.extensions(Map.of("code", mentoring.code()))
			.build();
	}

}
