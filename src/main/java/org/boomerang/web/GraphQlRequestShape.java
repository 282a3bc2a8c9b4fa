package org.boomerang.web;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.DataFetcher;
import org.boomerang.graph.RequestDeadline;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Two more limits of a GraphQL request, beside depth and cost ({@link GraphQlLimits}):
 * how many aliased fields and how many top-level fields an operation may have, both
 * checked before anything runs (1,000 aliases of {@code knowledgeFlows} are 1,000 flow
 * computations that cost 1 each); and the request's time limit, checked before each field
 * that does work, so a request that ran out of time stops fetching. They run before the
 * cost limit, whose count expands every fragment spread.
 * <p>
 * A {@link SimplePerformantInstrumentation}, not a plain {@code Instrumentation}: the
 * interface's defaults hand graphql-java a no-op context for every field's execution,
 * fetch and completion, which the chain of instrumentations then wraps and calls, on
 * every field of every request (about 6 % of a search's CPU samples in the profile);
 * performant instrumentation returns none, and the chain skips it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class GraphQlRequestShape extends SimplePerformantInstrumentation {

	private final GraphQlProperties properties;

	GraphQlRequestShape(GraphQlProperties properties) {
		this.properties = properties;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
		if (GraphQlLimits.introspectionOnly(operation)) {
			return SimpleInstrumentationContext.noOp();
		}
		Counter counter = new Counter(parameters.getExecutionContext().getFragmentsByName());
		long roots = counter.fields(operation.getSelectionSet());
		if (roots > this.properties.maxRootFields()) {
			throw new AbortExecutionException("The operation asks for " + roots + " top-level fields; the limit is "
					+ this.properties.maxRootFields() + " (boomerang.graphql.max-root-fields). Each is a query of its"
					+ " own: send fewer at once, in several requests.");
		}
		long aliases = counter.aliases(operation.getSelectionSet());
		if (aliases > this.properties.maxAliases()) {
			throw new AbortExecutionException("The operation has " + aliases + " aliased fields; the limit is "
					+ this.properties.maxAliases() + " (boomerang.graphql.max-aliases). Each alias runs its field"
					+ " again: ask for each field once, or send several requests.");
		}
		return SimpleInstrumentationContext.noOp();
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
			InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
		if (parameters.isTrivialDataFetcher()) {
			return dataFetcher;
		}
		return (environment) -> {
			RequestDeadline.check();
			return dataFetcher.get(environment);
		};
	}

	/**
	 * Counts fields of an operation as they will run: a fragment counts each time it is
	 * spread. Each fragment is counted once and remembered, so a document that spreads
	 * fragments within fragments is counted in time linear in its size however large the
	 * counts get (they saturate at {@link Long#MAX_VALUE}).
	 */
	private static final class Counter {

		private final Map<String, FragmentDefinition> fragments;

		private final Map<String, Long> fieldsOfFragment = new HashMap<>();

		private final Map<String, Long> aliasesOfFragment = new HashMap<>();

		Counter(Map<String, FragmentDefinition> fragments) {
			this.fragments = fragments;
		}

		/** The fields selected directly, through fragments too. */
		long fields(SelectionSet selections) {
			long count = 0;
			for (Selection<?> selection : selections.getSelections()) {
				if (selection instanceof Field) {
					count = add(count, 1);
				}
				else if (selection instanceof InlineFragment inline) {
					count = add(count, fields(inline.getSelectionSet()));
				}
				else if (selection instanceof FragmentSpread spread) {
					count = add(count, ofFragment(spread.getName(), this.fieldsOfFragment, this::fields));
				}
			}
			return count;
		}

		/** The aliased fields at any depth. */
		long aliases(SelectionSet selections) {
			if (selections == null) {
				return 0;
			}
			long count = 0;
			for (Selection<?> selection : selections.getSelections()) {
				if (selection instanceof Field field) {
					count = add(count, (field.getAlias() != null) ? 1 : 0);
					count = add(count, aliases(field.getSelectionSet()));
				}
				else if (selection instanceof InlineFragment inline) {
					count = add(count, aliases(inline.getSelectionSet()));
				}
				else if (selection instanceof FragmentSpread spread) {
					count = add(count, ofFragment(spread.getName(), this.aliasesOfFragment, this::aliases));
				}
			}
			return count;
		}

		private long ofFragment(String name, Map<String, Long> known, ToLongFunction<SelectionSet> count) {
			Long counted = known.get(name);
			if (counted != null) {
				return counted;
			}
			FragmentDefinition fragment = this.fragments.get(name);
			// Validation has refused fragment cycles before execution; this guards
			// anyway.
			known.put(name, 0L);
			long result = (fragment != null) ? count.applyAsLong(fragment.getSelectionSet()) : 0;
			known.put(name, result);
			return result;
		}

		private static long add(long a, long b) {
			long sum = a + b;
			return (sum < 0) ? Long.MAX_VALUE : sum;
		}

	}

}
