package org.boomerang;

import java.util.Map;

import org.boomerang.importing.ImportService;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same service against a Neo4j 5.26 server (no embedded database): schema migrations
 * and an import of the contract's example. Runs where Docker is available and skips
 * cleanly elsewhere.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(properties = "boomerang.demo.enabled=false")
class Neo4jServerIT {

	@Container
	static final Neo4jContainer neo4j = new Neo4jContainer("neo4j:5.26").withoutAuthentication();

	@DynamicPropertySource
	static void neo4jProperties(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", neo4j::getBoltUrl);
	}

	@Autowired
	private Driver driver;

	@Autowired
	private ImportService imports;

	@Test
	void the_example_document_imports_into_a_neo4j_server() throws Exception {
		try (var in = java.nio.file.Files.newInputStream(GraphTests.EXAMPLE)) {
			this.imports.importDocument(in);
		}
		long people = this.driver.executableQuery("MATCH (p:Person) RETURN count(p) AS c")
			.withParameters(Map.of())
			.execute()
			.records()
			.get(0)
			.get("c")
			.asLong();
		assertThat(people).isEqualTo(4);
	}

}
