package org.boomerang.demo;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.boomerang.GraphTests;
import org.boomerang.graph.BackgroundWork;
import org.boomerang.graph.EmbeddedNeo4j;
import org.boomerang.importing.EscoReader;
import org.boomerang.importing.ImportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoLoaderTests extends GraphTests {

	@Autowired
	DemoLoader loader;

	@Autowired
	DemoRepository repository;

	@Autowired
	ObjectProvider<EmbeddedNeo4j> embedded;

	@Autowired
	BackgroundWork background;

	@TempDir
	Path temporary;

	@Test
	void loading_into_an_empty_graph_brings_people_and_loading_again_brings_nothing_new() {
		assertThat(this.loader.loadIfEmpty()).isTrue();
		long people = count("Person");
		long transfers = count("Transfer");
		assertThat(people).isEqualTo(400);
		assertThat(transfers).isPositive();
		assertThat(count("Institution")).isGreaterThanOrEqualTo(6);
		assertThat(this.loader.loadIfEmpty()).isFalse();
		assertThat(count("Person")).isEqualTo(people);
		assertThat(count("Transfer")).isEqualTo(transfers);
	}

	/**
	 * A start killed while loading the demo (the injected failure stops the import after
	 * the kinds given, as {@code kill -9} did once people existed), then the next start,
	 * with other settings, and the one after.
	 */
	@ParameterizedTest(name = "killed after {0}")
	@ValueSource(strings = { "skills", "people", "mentorships", "transfers" })
	void a_start_after_a_killed_demo_load_completes_it_with_the_settings_it_began_with(String lastKind) {
		DemoProperties settings = new DemoProperties(true, 40, 20260308, null, false);
		JsonNode[] whole = new JsonNode[1];
		DemoLoader killed = new DemoLoader(settings, this.repository, this.embedded, this.background, (document) -> {
			whole[0] = document;
			ObjectNode part = ((ObjectNode) document).deepCopy();
			List<String> kinds = List.copyOf(part.propertyNames());
			kinds.subList(kinds.indexOf(lastKind) + 1, kinds.size()).forEach(part::remove);
			this.imports.importDocument(part);
			throw new IllegalStateException("injected: the process is killed here");
		});
		assertThatThrownBy(killed::loadIfEmpty).hasMessageContaining("injected");
		assertThat(count("Person")).isEqualTo(lastKind.equals("skills") ? 0 : 40);
		assertThat(this.repository.loadState().marker().loaded()).isFalse();

		DemoLoader next = new DemoLoader(new DemoProperties(true, 60, 7, null, false), this.repository, this.imports,
				this.embedded, this.background);
		assertThat(next.loadIfEmpty()).isTrue();
		assertThat(count("Person")).isEqualTo(40);
		assertThat(count("Mentorship")).isEqualTo(whole[0].get("mentorships").size()).isPositive();
		assertThat(count("Transfer")).isEqualTo(whole[0].get("transfers").size()).isPositive();
		assertThat(count("Skill")).isEqualTo(whole[0].get("skills").size());
		DemoRepository.Marker marker = this.repository.loadState().marker();
		assertThat(marker.loaded()).isTrue();
		assertThat(marker.people()).isEqualTo(40);
		assertThat(marker.seed()).isEqualTo(20260308);

		assertThat(next.loadIfEmpty()).isFalse();
		assertThat(count("Person")).isEqualTo(40);
	}

	@Test
	void a_graph_with_people_that_no_demo_load_began_is_left_alone() {
		importExample();
		long people = count("Person");
		assertThat(this.loader.loadIfEmpty()).isFalse();
		assertThat(count("Person")).isEqualTo(people);
		assertThat(this.repository.loadState().marker()).isNull();
	}

	@Test
	void a_disabled_loader_loads_nothing_at_start_up() {
		DemoLoader disabled = new DemoLoader(new DemoProperties(false, 400, 1, null, true), this.repository,
				this.imports, this.embedded, this.background);
		disabled.graphReady();
		assertThat(count("Person")).isZero();
		assertThat(count("Skill")).isZero();
	}

	@Test
	void a_generated_document_with_its_esco_skills_imports_into_an_empty_graph() {
		DemoNetworkGenerator.Settings settings = new DemoNetworkGenerator.Settings(120, 7,
				DemoNetworkGeneratorTests.AS_OF, 4, 12, true);
		byte[] document = new DemoNetworkGenerator(EscoReader.readClasspath(DemoLoader.ESCO_SUBSET), settings)
			.toBytes();
		ImportResult result = this.imports.importDocument(new java.io.ByteArrayInputStream(document));
		assertThat(result.counts().get("people").created()).isEqualTo(120);
		assertThat(result.counts().get("transfers").created()).isPositive();
	}

	@Test
	void the_generate_command_writes_a_valid_document_for_a_small_network() throws Exception {
		Path file = this.temporary.resolve("network.json");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = GenerateCommand.run(
				List.of("--people", "30", "--seed", "5", "--out", file.toString(), "--as-of", "2026-06-30"),
				new PrintStream(out, true), new PrintStream(new ByteArrayOutputStream(), true));
		assertThat(exit).isZero();
		assertThat(out.toString()).contains("Generated 30 people");
		try (InputStream in = Files.newInputStream(file)) {
			ImportResult result = this.imports.importDocument(in);
			assertThat(result.counts().get("people").created()).isEqualTo(30);
		}
	}

	@Test
	void the_generate_command_refuses_a_missing_people_count() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = GenerateCommand.run(List.of("--seed", "5"), new PrintStream(new ByteArrayOutputStream(), true),
				new PrintStream(err, true));
		assertThat(exit).isEqualTo(2);
		assertThat(err.toString()).contains("--people is required");
	}

}
