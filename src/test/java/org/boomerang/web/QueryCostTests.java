package org.boomerang.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import graphql.analysis.QueryComplexityCalculator;
import graphql.execution.CoercedVariables;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cost model of {@link GraphQlLimits}, computed on the real schema without starting
 * the service.
 */
class QueryCostTests {

	private static final int DEFAULT_LIMIT = new GraphQlProperties(12, 2000).maxComplexity();

	@Test
	void a_full_page_of_people_with_their_context_costs_about_half_the_default_limit() throws IOException {
		// 100 people x (edges, node, professions, affiliations + institution, communities
		// +
		// community, skills + skill) + the connection and its pageInfo
		assertThat(cost("rich-people")).isEqualTo(1001).isLessThan(DEFAULT_LIMIT);
	}

	@Test
	void scalar_fields_cost_nothing_and_paged_selections_count_once_per_item() throws IOException {
		assertThat(cost("person-with-relations")).isEqualTo(1 + 1 + 2 + 3 + 2 + 2);
		assertThat(cost("too-complex")).isGreaterThan(DEFAULT_LIMIT);
	}

	static int cost(String document) throws IOException {
		TypeDefinitionRegistry types = new TypeDefinitionRegistry();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/graphql"))) {
			files.forEach((f) -> {
				try {
					types.merge(new SchemaParser().parse(Files.readString(f)));
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			});
		}
		RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring();
		new GraphQlScalars().scalars().configure(wiring);
		GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(types, wiring.build());
		return QueryComplexityCalculator.newCalculator().fieldComplexityCalculator((e, c) -> {
			int r = GraphQlLimits.complexity().calculate(e, c);
			System.out.println("F " + e.getField().getName() + " " + e.getFieldDefinition().getType() + " child " + c
					+ " -> " + r);
			return r;
		})
			.schema(schema)
			.document(Parser.parse(new ClassPathResource("graphql-test/" + document + ".graphql")
				.getContentAsString(StandardCharsets.UTF_8)))
			.variables(CoercedVariables.of(Map.of("id", "person:x")))
			.build()
			.calculate();
	}

}
