package org.boomerang.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import graphql.analysis.QueryComplexityCalculator;
import graphql.execution.CoercedVariables;
import graphql.parser.Parser;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cost model of {@link GraphQlLimits}, computed on the real schema without starting
 * the service.
 */
class QueryCostTests {

	private static final int DEFAULT_LIMIT = defaults().maxComplexity();

	/** The settings as the service has them when none are given. */
	static GraphQlProperties defaults() {
		return new Binder(new MapConfigurationPropertySource(Map.of())).bindOrCreate("boomerang.graphql",
				GraphQlProperties.class);
	}

	@Test
	void a_full_page_of_people_with_their_context_stays_within_the_default_limit() throws IOException {
		// people(first: 100): 1 + 100 x (pageInfo 1 + edges 1 + node 1 + professions 5
		// + affiliations 10 x 2 + communities 10 x 2 + skills 50 x 2), as the README says
		assertThat(cost("rich-people")).isEqualTo(14_801).isLessThan(DEFAULT_LIMIT);
	}

	@Test
	void scalar_fields_cost_nothing_and_lists_count_as_many_as_they_can_hold() throws IOException {
		// person 1 + professions 5 + affiliations 10 x 2 + communities 10 x (1 +
		// community 1
		// + focus 20) + skills 50 x 2 + wantsToLearn 20 x 2
		assertThat(cost("person-with-relations")).isEqualTo(1 + 5 + 20 + 220 + 100 + 40);
		assertThat(cost("too-complex")).isGreaterThan(DEFAULT_LIMIT);
	}

	@Test
	void a_list_of_people_counts_its_first_and_without_one_its_default() throws IOException {
		// community 1 + members 100 x 1 + two: members(first: 2) 2 x 1
		assertThat(cost("members-first")).isEqualTo(1 + 100 + 2);
	}

	@Test
	void the_fan_out_through_members_and_skills_costs_millions() throws IOException {
		assertThat(cost("fan-out")).isGreaterThan(1_000 * DEFAULT_LIMIT);
	}

	@Test
	void every_list_of_objects_pages_or_has_a_size_but_the_edges_of_a_connection() throws IOException {
		List<String> uncosted = new ArrayList<>();
		for (GraphQLNamedType type : schema().getAllTypesAsList()) {
			if (!(type instanceof GraphQLObjectType object) || object.getName().startsWith("__")) {
				continue;
			}
			for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
				GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(field.getType());
				boolean listOfObjects = GraphQLTypeUtil.isList(unwrapped)
						&& !GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(unwrapped));
				boolean counted = field.getArgument("first") != null
						|| field.getAppliedDirective(GraphQlLimits.LIST_SIZE) != null;
				boolean edges = field.getName().equals("edges") && object.getName().endsWith("Connection");
				if (listOfObjects && !counted && !edges) {
					uncosted.add(object.getName() + "." + field.getName());
				}
			}
		}
		assertThat(uncosted).as("lists of objects with neither first nor @listSize").isEmpty();
	}

	static GraphQLSchema schema() throws IOException {
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
		return new SchemaGenerator().makeExecutableSchema(types, wiring.build());
	}

	static int cost(String document) throws IOException {
		return QueryComplexityCalculator.newCalculator()
			.fieldComplexityCalculator(GraphQlLimits.complexity())
			.schema(schema())
			.document(Parser.parse(new ClassPathResource("graphql-test/" + document + ".graphql")
				.getContentAsString(StandardCharsets.UTF_8)))
			.variables(CoercedVariables.of(Map.of("id", "person:x")))
			.build()
			.calculate();
	}

}
