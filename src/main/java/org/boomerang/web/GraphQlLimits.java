package org.boomerang.web;

import java.util.HashMap;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.CoercedVariables;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
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

	/**
	 * Both limits in one walk of the operation: graphql-java's
	 * {@link graphql.analysis.MaxQueryDepthInstrumentation} and
	 * {@link graphql.analysis.MaxQueryComplexityInstrumentation} each walked the whole
	 * operation with a {@link QueryTraverser} on every request (together about 5 % of a
	 * search's CPU in the profile). The depth is checked first, as when the two ran in
	 * that order, with the same numbers and messages.
	 */
	@Bean
	Instrumentation depthAndCostLimits(GraphQlProperties properties) {
		return new DepthAndCost(properties.maxDepth(), properties.maxComplexity());
	}

	/**
	 * Refuses an operation deeper than {@code maxDepth} (unless it asks only for the
	 * schema) or costing more than {@code maxCost}, before anything runs.
	 */
	static final class DepthAndCost extends SimplePerformantInstrumentation {

		private final int maxDepth;

		private final int maxCost;

		DepthAndCost(int maxDepth, int maxCost) {
			this.maxDepth = maxDepth;
			this.maxCost = maxCost;
		}

		@Override
		public InstrumentationContext<ExecutionResult> beginExecuteOperation(
				InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
			ExecutionContext context = parameters.getExecutionContext();
			Measure measure = measure(context.getGraphQLSchema(), context.getDocument(),
					context.getExecutionInput().getOperationName(), context.getCoercedVariables());
			if (measure.depth() > this.maxDepth && !introspectionOnly(context.getOperationDefinition())) {
				throw new AbortExecutionException("The query nests fields " + measure.depth()
						+ " levels deep; the limit is " + this.maxDepth + " (boomerang.graphql.max-depth). Ask for"
						+ " fewer nested levels, or fetch the deeper part with a second query by id.");
			}
			if (measure.cost() > this.maxCost) {
				throw new AbortExecutionException("The query would cost " + measure.cost() + "; the limit is "
						+ this.maxCost + " (boomerang.graphql.max-complexity). Each object it can return costs 1, and"
						+ " a list counts as many as it can hold (its first, or the most the schema allows): ask for"
						+ " fewer nested lists or a smaller first, and page with after.");
			}
			return SimpleInstrumentationContext.noOp();
		}

	}

	/**
	 * The depth and the cost of an operation.
	 *
	 * @param depth as graphql-java's depth limit counts it: the longest path of fields,
	 * the top-level field at 1
	 * @param cost as graphql-java's complexity limit adds up {@link #complexity()} over
	 * the fields (the {@code __typename} field costs nothing)
	 */
	record Measure(int depth, int cost) {
	}

	/**
	 * Measures an operation in one post-order walk, adding up costs as graphql-java's
	 * {@code QueryComplexityCalculator} does. {@link #complexity()} reads only a field's
	 * definition and arguments, so the environment it is given has no parent chain (which
	 * graphql-java builds anew for every field).
	 * @param schema the schema
	 * @param document the document
	 * @param operationName the operation to measure, or null for the only one
	 * @param variables the request's coerced variables
	 * @return the depth and the cost
	 */
	static Measure measure(GraphQLSchema schema, Document document, String operationName, CoercedVariables variables) {
		QueryTraverser traverser = QueryTraverser.newQueryTraverser()
			.schema(schema)
			.document(document)
			.operationName(operationName)
			.coercedVariables(variables)
			.build();
		FieldComplexityCalculator calculator = complexity();
		Map<QueryVisitorFieldEnvironment, Integer> costByParent = new HashMap<>();
		int[] depth = { 0 };
		traverser.visitPostOrder(new QueryVisitorStub() {

			@Override
			public void visitField(QueryVisitorFieldEnvironment field) {
				depth[0] = Math.max(pathLength(field.getParentEnvironment()), depth[0]);
				int children = costByParent.getOrDefault(field, 0);
				int cost = field.isTypeNameIntrospectionField() ? 0
						: calculator.calculate(new FieldComplexityEnvironment(field.getField(),
								field.getFieldDefinition(), field.getFieldsContainer(), field.getArguments(), null),
								children);
				costByParent.merge(field.getParentEnvironment(), cost, Integer::sum);
			}

		});
		return new Measure(depth[0], costByParent.getOrDefault(null, 0));
	}

	/** The length of a field's path as graphql-java's depth limit counts it. */
	private static int pathLength(QueryVisitorFieldEnvironment parent) {
		int length = 1;
		for (QueryVisitorFieldEnvironment at = parent; at != null; at = at.getParentEnvironment()) {
			length++;
		}
		return length;
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
