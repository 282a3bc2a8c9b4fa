package org.boomerang;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Embedded Neo4j 5.26 only runs with the Netty and Lucene it was built with; a Spring
 * Boot upgrade must not move them silently (the enforcer rule in pom.xml guards the
 * build, this the runtime).
 */
class DependencyPinsTests {

	@Test
	void netty_on_the_classpath_is_the_4_1_line_that_neo4js_bolt_server_needs() {
		assertThat(io.netty.util.Version.identify()).allSatisfy(
				(artifact, version) -> assertThat(version.artifactVersion()).as(artifact).isEqualTo("4.1.137.Final"));
	}

	@Test
	void lucene_on_the_classpath_is_the_version_neo4j_bundles() {
		assertThat(org.apache.lucene.util.Version.LATEST.toString()).isEqualTo("9.11.1");
	}

	@Test
	void logback_is_the_only_slf4j_provider_so_neo4js_own_binding_is_excluded() {
		assertThat(java.util.ServiceLoader.load(org.slf4j.spi.SLF4JServiceProvider.class).stream())
			.extracting((provider) -> provider.type().getName())
			.containsExactly("ch.qos.logback.classic.spi.LogbackServiceProvider");
	}

}
