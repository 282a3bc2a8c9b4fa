package org.boomerang.graph;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * When no {@code spring.neo4j.uri} is configured, talks Bolt to the embedded Neo4j that
 * {@link EmbeddedNeo4jStarter} started: the application then uses the database exactly as
 * it would use a server or cluster. The driver is made on first use, so the context does
 * not wait for the database until a statement runs.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

	/**
	 * Where the embedded database listens and the credentials it asks for, for whoever
	 * asks Spring Boot (tests, health); asking waits until Bolt is up.
	 */
	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j embeddedNeo4j) {
		return new Neo4jConnectionDetails() {

			@Override
			public URI getUri() {
				return embeddedNeo4j.boltUri();
			}

			@Override
			public AuthToken getAuthToken() {
				return AuthTokens.basic(embeddedNeo4j.user(), embeddedNeo4j.password());
			}

		};
	}

	@Bean
	Driver neo4jDriver(Neo4jConnectionDetails embeddedNeo4jConnectionDetails,
			ObjectProvider<ConfigBuilderCustomizer> customizers) {
		return LazyDriver.of(() -> {
			// Through SLF4J, so logging.level.org.neo4j.driver decides what the driver
			// logs: its default System.Logger path formats every message in full,
			// parameters included, before it knows whether anything is logged.
			Config.ConfigBuilder config = Config.builder().withUserAgent("boomerang").withLogging(Logging.slf4j());
			customizers.orderedStream().forEach((customizer) -> customizer.customize(config));
			return GraphDatabase.driver(embeddedNeo4jConnectionDetails.getUri(),
					embeddedNeo4jConnectionDetails.getAuthToken(), config.build());
		});
	}

}
