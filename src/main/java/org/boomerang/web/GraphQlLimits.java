package org.boomerang.web;

import java.util.Map;

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
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLOutputType;
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
					+ " (boomerang.graphql.max-complexity). Each object it can return costs 1, and a list counts as"
					+ " many as it can hold (its first, or the most the schema allows): ask for fewer nested lists"
					+ " or a smaller first, and page with after.");
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
	 * What a query costs is what it can make the service load and send: each object it
	 * can return costs 1, and a list of objects counts as many as it can hold. A field
	 * that returns one object costs 1 plus its selection. A list of objects costs its
	 * size times (1 plus its selection), where its size is its {@code first} argument (as
	 * given, or its default) or, for lists that do not page, the largest size the schema
	 * gives it with {@code @listSize(assumedSize:)}; a connection (an object with
	 * {@code first}) costs 1 plus {@code first} times its selection, and its
	 * {@code edges} count once per item through it. Scalar fields, and lists of them, are
	 * part of the object they sit on and cost nothing more.
	 */
	static FieldComplexityCalculator complexity() {
		return (environment, childComplexity) -> {
			GraphQLFieldDefinition field = environment.getFieldDefinition();
			GraphQLOutputType type = field.getType();
			if (GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(type))) {
				return 0;
			}
			long size = listSize(field, environment.getArguments());
			long cost = GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(type)) ? size * (1L + childComplexity)
					: 1L + size * childComplexity;
			return (int) Math.min(cost, Integer.MAX_VALUE);
		};
	}

	/**
	 * How many items a field can return (1 for a single object, and for the edges of a
	 * connection, which the connection counts).
	 */
	static long listSize(GraphQLFieldDefinition field, Map<String, Object> arguments) {
		if (field.getArgument("first") != null) {
			Object first = arguments.get("first");
			return (first instanceof Integer n && n > 1) ? n : 1;
		}
		GraphQLAppliedDirective listSize = field.getAppliedDirective(LIST_SIZE);
		if (listSize != null) {
			Object assumed = listSize.getArgument("assumedSize").getValue();
			return (assumed instanceof Number n) ? Math.max(1, n.longValue()) : 1;
		}
		return 1;
	}

	/** The schema directive that gives a list that does not page its largest size. */
	static final String LIST_SIZE = "listSize";

}
