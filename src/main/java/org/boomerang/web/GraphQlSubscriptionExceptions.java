package org.boomerang.web;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.boomerang.api.ApiException;
import org.boomerang.api.ErrorCode;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * Errors of subscriptions (a refused {@code networkChanged}, say) with the same code and
 * message as a query's ({@link GraphQlExceptions}): an {@link ApiException} keeps its
 * code; anything else stays Spring's generic subscription error.
 */
@Component
class GraphQlSubscriptionExceptions extends SubscriptionExceptionResolverAdapter {

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex) {
		if (!(ex instanceof ApiException api)) {
			return null;
		}
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("code", api.code().name());
		return GraphqlErrorBuilder.newError()
			.errorType((api.code() == ErrorCode.UNAVAILABLE) ? RequestFailure.UNAVAILABLE
					: ErrorType.valueOf(api.code().name()))
			.message(api.getMessage())
			.extensions(extensions)
			.build();
	}

}
