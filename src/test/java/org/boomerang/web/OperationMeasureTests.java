package org.boomerang.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import graphql.analysis.QueryComplexityCalculator;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-walk measure of {@link GraphQlLimits} against its slow, obvious twins:
 * graphql-java's own complexity calculator with the same cost rule, and the depth as
 * graphql-java's depth limit reduces it, for every GraphQL document the tests send and
 * for documents written to reach the corners (fragments within fragments, inline
 * fragments, aliases, {@code __typename}, {@code @skip} and {@code @include} on
 * variables, pages given by variables).
 */
class OperationMeasureTests {

	private static GraphQLSchema schema;

	@BeforeAll
	static void schema() throws IOException {
		schema = QueryCostTests.schema();
	}

	private static final List<String> CORNERS = List.of("""
			query($n: Int, $deep: Boolean!) { people(first: $n) { edges { node { id ...who
			  skills @include(if: $deep) { skill { id name } } } } } }
			fragment who on Person { name __typename affiliations { institution { ...place } } }
			fragment place on Institution { id name }
			""",
			"""
					query($skip: Boolean!) { a: people(first: 3) { edges { node { id } } }
					  b: people(first: 40) @skip(if: $skip) { edges { node { ... on Person { name affiliations { institution { id } } } } } } }
					""",
			"{ __typename }", "{ __schema { types { name fields { name type { name ofType { name } } } } } }", """
					query($t: String!, $a: ID) { whoCanTeach(topic: $t, asker: $a, first: 10) {
					 edges { node { person { id name } score direction available reasons } } } }
					""");

	private static List<Map<String, Object>> variableSets() {
		return List.of(Map.of("id", "person:x", "n", 7, "deep", true, "skip", false, "t", "EMR"),
				Map.of("id", "person:x", "n", 100, "deep", false, "skip", true, "t", "EMR", "a", "p1"),
				Map.of("id", "person:y", "deep", false, "skip", false));
	}

	@Test
	void depth_and_cost_are_what_graphql_java_counts_for_every_test_document() throws IOException {
		List<String> documents = new ArrayList<>(CORNERS);
		try (Stream<Path> files = Files.list(Path.of("src/test/resources/graphql-test"))) {
			for (Path file : files
				.filter((f) -> f.toString().endsWith(".graphql") && !f.endsWith("does-not-parse.graphql"))
				.sorted()
				.toList()) {
				documents.add(Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		assertThat(documents).hasSizeGreaterThan(20);
		int checked = 0;
		for (String text : documents) {
			Document document = Parser.parse(text);
			for (Map<String, Object> values : variableSets()) {
				CoercedVariables variables = CoercedVariables.of(values);
				Object measured = outcome(() -> GraphQlLimits.measure(schema, document, null, variables));
				Object twin = outcome(
						() -> new GraphQlLimits.Measure(depth(document, variables), cost(document, variables)));
				assertThat(measured).as(text + " with " + values).isEqualTo(twin);
				checked += (measured instanceof GraphQlLimits.Measure) ? 1 : 0;
			}
		}
		// Most documents get the variables they need from one of the sets.
		assertThat(checked).isGreaterThan(documents.size());
	}

	/**
	 * The measure, or the class of the exception it failed with (a document whose
	 * variables are missing fails in both the same way; validation refuses it first in
	 * the service).
	 */
	private static Object outcome(Supplier<GraphQlLimits.Measure> measure) {
		try {
			return measure.get();
		}
		catch (RuntimeException ex) {
			return ex.getClass();
		}
	}

	@Test
	void the_measure_sees_nesting_and_pages() {
		GraphQlLimits.Measure measure = GraphQlLimits.measure(schema, Parser.parse(CORNERS.get(0)), null,
				CoercedVariables.of(Map.of("n", 7, "deep", true)));
		assertThat(measure.depth()).isEqualTo(6);
		assertThat(measure.cost()).isGreaterThan(7);
	}

	private static int cost(Document document, CoercedVariables variables) {
		return QueryComplexityCalculator.newCalculator()
			.fieldComplexityCalculator(GraphQlLimits.complexity())
			.schema(schema)
			.document(document)
			.variables(variables)
			.build()
			.calculate();
	}

	/** As graphql-java's MaxQueryDepthInstrumentation reduces it. */
	private static int depth(Document document, CoercedVariables variables) {
		return QueryTraverser.newQueryTraverser()
			.schema(schema)
			.document(document)
			.coercedVariables(variables)
			.build()
			.reducePreOrder((field, deepest) -> Math.max(length(field.getParentEnvironment()), deepest), 0);
	}

	private static int length(QueryVisitorFieldEnvironment parent) {
		int length = 1;
		while (parent != null) {
			parent = parent.getParentEnvironment();
			length++;
		}
		return length;
	}

}
