package org.boomerang.web;

import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import org.boomerang.api.BadRequestException;
import org.boomerang.api.NotFoundException;
import org.boomerang.api.Problem;
import org.boomerang.importing.ImportRejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How thrown exceptions become GraphQL errors, without the service.
 */
@ExtendWith(OutputCaptureExtension.class)
class GraphQlExceptionsTests {

	private final GraphQlExceptions resolver = new GraphQlExceptions(QueryCostTests.defaults());

	private static final DataFetchingEnvironment ENV = DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
		.mergedField(MergedField.newMergedField(Field.newField("people").build()).build())
		.executionStepInfo(ExecutionStepInfo.newExecutionStepInfo()
			.type(Scalars.GraphQLString)
			.path(ResultPath.rootPath().segment("people"))
			.build())
		.build();

	private GraphQLError resolve(Throwable ex) {
		List<GraphQLError> errors = this.resolver.resolveException(ex, ENV).block();
		assertThat(errors).hasSize(1);
		return errors.get(0);
	}

	@Test
	void an_api_exception_keeps_its_code_message_and_problems() {
		GraphQLError error = resolve(
				new BadRequestException("first is wrong", List.of(new Problem("input.first", "must be 0-100"))));
		assertThat(error.getMessage()).isEqualTo("first is wrong");
		assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST")
			.containsEntry("problems", List.of(Map.of("path", "input.first", "message", "must be 0-100")));
		assertThat(error.getPath()).containsExactly("people");
		assertThat(resolve(new NotFoundException("no mentorship 'm:1'")).getExtensions()).containsEntry("code",
				"NOT_FOUND");
	}

	@Test
	void a_refused_import_is_a_bad_request_with_its_problems() {
		GraphQLError error = resolve(new ImportRejectedException(
				List.of(new Problem("$.people[0].name", "required field 'name' is missing"))));
		assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST");
		assertThat(error.getMessage()).contains("$.people[0].name");
	}

	@Test
	void an_unexpected_exception_is_an_internal_error_that_does_not_leak_its_details() {
		GraphQLError error = resolve(new IllegalStateException("password=secret at db-7"));
		assertThat(error.getExtensions()).containsEntry("code", "INTERNAL_ERROR");
		assertThat(error.getMessage()).doesNotContain("secret").contains("error id").contains("people");
	}

	@Test
	void a_field_cut_short_by_shutdown_is_an_internal_error_logged_without_alarm(CapturedOutput output) {
		GraphQLError error = resolve(
				new IllegalStateException("Retries interrupted", new InterruptedException("sleep interrupted")));
		assertThat(error.getExtensions()).containsEntry("code", "INTERNAL_ERROR");
		assertThat(output).doesNotContain("GraphQL field /people failed");
		resolve(new IllegalStateException("broken"));
		assertThat(output).contains("GraphQL field /people failed (error id");
	}

}
