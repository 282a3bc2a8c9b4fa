package org.boomerang.web;

import org.boomerang.api.ErrorCode;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.MediaTypes;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The HTTP status of GraphQL answers, as the GraphQL-over-HTTP specification asks:
 * {@code application/json} answers are 200 whatever the errors; an
 * {@code application/graphql-response+json} answer without {@code data} (a request error)
 * is 4xx or 5xx: 503 when the database is away ({@code UNAVAILABLE}), else 400 as Spring
 * GraphQL answers it. Replaces the handler Spring Boot would make, in a web application
 * only (the commands run without one).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlHttpStatus {

	@Bean
	GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler webGraphQlHandler) {
		return new GraphQlHttpHandler(webGraphQlHandler) {

			@Override
			protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType contentType) {
				if (MediaTypes.APPLICATION_GRAPHQL_RESPONSE.equals(contentType)
						&& !response.getExecutionResult().isDataPresent()
						&& response.getErrors()
							.stream()
							.anyMatch((e) -> ErrorCode.UNAVAILABLE.name().equals(e.getExtensions().get("code")))) {
					return HttpStatus.SERVICE_UNAVAILABLE;
				}
				return super.selectResponseStatus(response, contentType);
			}

		};
	}

}
