package org.boomerang.web;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLTypeUtil;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Refuses queries that nest too deep or would cost too much before they run, with a
 * message that says the limit and what to do. Spring Boot hands these instrumentation
 * beans to graphql-java.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlLimits {

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepth(GraphQlProperties properties) {
		int max = properties.maxDepth();
		return new MaxQueryDepthInstrumentation(max, (info) -> {
			throw new AbortExecutionException("The query nests fields " + info.getDepth()
					+ " levels deep; the limit is " + max + " (boomerang.graphql.max-depth). Ask for fewer nested"
					+ " levels, or fetch the deeper part with a second query by id.");
		}) {

			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				if (introspectionOnly(parameters.getExecutionContext().getOperationDefinition())) {
					return SimpleInstrumentationContext.noOp();
				}
				return super.beginExecuteOperation(parameters, state);
			}

		};
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryComplexity(GraphQlProperties properties) {
		int max = properties.maxComplexity();
		return new MaxQueryComplexityInstrumentation(max, complexity(), (info) -> {
			throw new AbortExecutionException("The query would cost " + info.getComplexity() + "; the limit is " + max
					+ " (boomerang.graphql.max-complexity). Each field that returns objects costs 1, once per item"
					+ " of a page's first: ask for fewer nested objects or a smaller first, and page with after.");
		});
	}

	/**
	 * Whether an operation asks only for the schema ({@code __schema}, {@code __type},
	 * {@code __typename}). GraphiQL's and other tools' introspection query nests
	 * {@code ofType} deeper than any data query needs; graphql-java's good-faith
	 * introspection checks already bound it, so the depth limit leaves it alone.
	 */
	static boolean introspectionOnly(OperationDefinition operation) {
		return operation != null && !operation.getSelectionSet().getSelections().isEmpty()
				&& operation.getSelectionSet()
					.getSelections()
					.stream()
					.allMatch((selection) -> selection instanceof Field field && field.getName().startsWith("__"));
	}

	/**
	 * What a query costs is what it makes the service load: a field that returns objects
	 * costs 1 plus its selection, times {@code first} when it pages (asking for 100
	 * people with their skills costs a hundred times one person with skills); a scalar
	 * field is part of the object it sits on and costs nothing more.
	 */
	static FieldComplexityCalculator complexity() {
		return (environment, childComplexity) -> {
			if (GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(environment.getFieldDefinition().getType()))) {
				return 0;
			}
			Object first = environment.getArguments().get("first");
			int times = (first instanceof Integer n && n > 1) ? n : 1;
			long cost = 1L + (long) childComplexity * times;
			return (int) Math.min(cost, Integer.MAX_VALUE);
		};
	}

}
