package org.boomerang.importing;

import java.net.http.HttpResponse;
import java.nio.file.Files;

import org.boomerang.GraphTests;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImportControllerTests extends GraphTests {

	@Test
	void example_document_imports_and_reimports_without_change() throws Exception {
		String example = Files.readString(EXAMPLE);
		HttpResponse<String> first = post("/api/import", "application/json", example);
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.body()).contains("\"people\":{\"created\":4,\"updated\":0,\"unchanged\":0}");
		HttpResponse<String> second = post("/api/import", "application/json", example);
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.body()).contains("\"people\":{\"created\":0,\"updated\":0,\"unchanged\":4}")
			.contains("\"transfers\":{\"created\":0,\"updated\":0,\"unchanged\":3}");
		assertThat(count("Person")).isEqualTo(4);
	}

	@Test
	void unknown_skill_and_bad_career_stage_are_both_refused_by_path_and_nothing_is_written() throws Exception {
		String broken = Files.readString(EXAMPLE)
			.replace("\"careerStage\": \"SENIOR\"", "\"careerStage\": \"PROFESSOR\"")
			.replace("{ \"skill\": \"skill:example-podcasting\", \"level\": 5",
					"{ \"skill\": \"skill:unknown\", \"level\": 5");
		HttpResponse<String> response = post("/api/import", "application/json", broken);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("$.people[1].careerStage")
			.contains("$.people[0].skills[0].skill")
			.contains("unknown skill 'skill:unknown'");
		assertThat(count("Person")).isZero();
		assertThat(count("Skill")).isZero();
	}

	@Test
	void a_body_over_the_size_limit_gets_413_naming_the_limit() {
		String big = "{\"format\": \"boomerang-import/1\", \"skills\": [], \"pad\": \"" + "x".repeat(5 * 1024 * 1024)
				+ "\"}";
		HttpResponse<String> response = post("/api/import", "application/json", big);
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("4194304 bytes").contains("boomerang.import.max-document-size");
	}

	@Test
	void a_body_that_is_not_json_gets_415() {
		HttpResponse<String> response = post("/api/import", "text/plain", "hello");
		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(response.body()).contains("application/json");
	}

}
