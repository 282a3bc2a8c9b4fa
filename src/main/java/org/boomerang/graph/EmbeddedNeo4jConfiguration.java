package org.boomerang.graph;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded Neo4j 5.26 Community database with Bolt on 127.0.0.1 when no
 * {@code spring.neo4j.uri} is configured, and points Spring Boot's driver at it. The
 * application then talks Bolt to it exactly as it would to a server or cluster.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

	@Bean(destroyMethod = "shutdown")
	DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jProperties properties) throws IOException {
		Files.createDirectories(properties.dataDir());
		log.info("Starting embedded Neo4j in {} (Bolt on 127.0.0.1:{})", properties.dataDir().toAbsolutePath(),
				properties.boltPort() == 0 ? "any free port" : properties.boltPort());
		return new DatabaseManagementServiceBuilder(properties.dataDir()).setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", properties.boltPort()))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			// Bolt only: the embedded database has no HTTP surface of its own.
			.setConfig(HttpConnector.enabled, false)
			.setConfig(HttpsConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			// Without this every database preallocates ~500 MB of transaction log.
			.setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
			.setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
			// Neo4j waits up to 12 s for Bolt threads on shutdown by default; nothing
			// here needs that.
			.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(200))
			.setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(200))
			.setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
			.build();
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(DatabaseManagementService embeddedNeo4j) {
		GraphDatabaseAPI db = (GraphDatabaseAPI) embeddedNeo4j.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		var bolt = db.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		URI uri = URI.create("bolt://127.0.0.1:" + bolt.getPort());
		log.info("Embedded Neo4j is listening on {}", uri);
		return new EmbeddedConnectionDetails(uri);
	}

	private record EmbeddedConnectionDetails(URI uri) implements Neo4jConnectionDetails {

		@Override
		public URI getUri() {
			return this.uri;
		}

		@Override
		public AuthToken getAuthToken() {
			return AuthTokens.none();
		}

	}

}
