package org.boomerang.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Parses and validates each distinct GraphQL document once: clients send the same few
 * documents with different variables, and parsing plus validation against the schema took
 * a noticeable share of a short request. Limits (depth, complexity) still apply to every
 * execution: they run when an operation starts, not here.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlDocumentCache {

	/** Distinct documents kept, least recently used dropped first. */
	static final int SIZE = 500;

	/** Longer documents are parsed every time rather than kept. */
	static final int LONGEST = 20_000;

	@Bean
	GraphQlSourceBuilderCustomizer documentCache() {
		PreparsedDocumentProvider provider = new Provider();
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(provider));
	}

	static final class Provider implements PreparsedDocumentProvider {

		private final Map<String, PreparsedDocumentEntry> documents = new LinkedHashMap<>(SIZE, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
				return size() > SIZE;
			}

		};

		@Override
		public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
				Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
			String query = input.getQuery();
			if (query == null || query.length() > LONGEST) {
				return CompletableFuture.completedFuture(parseAndValidate.apply(input));
			}
			PreparsedDocumentEntry entry;
			synchronized (this.documents) {
				entry = this.documents.get(query);
			}
			if (entry == null) {
				entry = parseAndValidate.apply(input);
				synchronized (this.documents) {
					this.documents.put(query, entry);
				}
			}
			return CompletableFuture.completedFuture(entry);
		}

	}

}
