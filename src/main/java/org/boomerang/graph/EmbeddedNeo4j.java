package org.boomerang.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;

/**
 * The embedded Neo4j 5.26 Community database, started on its own thread so that its
 * start-up (about 7 s on two cores) overlaps the rest of the application context. Bolt
 * listens on 127.0.0.1 only; the HTTP connectors stay off. Whoever needs the database
 * waits for it through {@link #boltUri()}.
 */
public final class EmbeddedNeo4j implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	private final EmbeddedNeo4jProperties properties;

	private final boolean freshStore;

	private final CompletableFuture<Started> started;

	private EmbeddedNeo4j(EmbeddedNeo4jProperties properties) {
		this.properties = properties;
		this.freshStore = !Files.isDirectory(storeDirectory(properties.dataDir()));
		this.started = new CompletableFuture<>();
	}

	/**
	 * Starts the database in the background and returns at once.
	 * @param properties where the data lives and which Bolt port to use
	 * @return the database being started
	 */
	public static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties) {
		EmbeddedNeo4j db = new EmbeddedNeo4j(properties);
		Thread thread = new Thread(db::startNow, "embedded-neo4j-start");
		thread.setDaemon(true);
		thread.start();
		return db;
	}

	/**
	 * Whether the data directory had no database before this start: a new store, which
	 * start-up steps may use to prepare demo data early.
	 * @return whether the store is new
	 */
	public boolean freshStore() {
		return this.freshStore;
	}

	/**
	 * Waits until Bolt is listening.
	 * @return the Bolt address of the database
	 * @throws IllegalStateException if the database could not start
	 */
	public URI boltUri() {
		return await().uri();
	}

	private Started await() {
		try {
			return this.started.join();
		}
		catch (CompletionException ex) {
			throw new IllegalStateException("The embedded Neo4j database in "
					+ this.properties.dataDir().toAbsolutePath() + " did not start: " + ex.getCause().getMessage(),
					ex.getCause());
		}
	}

	private void startNow() {
		try {
			long start = System.nanoTime();
			Files.createDirectories(this.properties.dataDir());
			log.info("Starting embedded Neo4j in {} (Bolt on 127.0.0.1:{}{})",
					this.properties.dataDir().toAbsolutePath(),
					(this.properties.boltPort() == 0) ? "any free port" : this.properties.boltPort(),
					this.freshStore ? ", new store" : "");
			DatabaseManagementService dbms = build();
			GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			int port = db.getDependencyResolver()
				.resolveDependency(ConnectorPortRegister.class)
				.getLocalAddress(ConnectorType.BOLT)
				.getPort();
			URI uri = URI.create("bolt://127.0.0.1:" + port);
			log.info("Embedded Neo4j is listening on {} after {} ms", uri, (System.nanoTime() - start) / 1_000_000);
			this.started.complete(new Started(dbms, uri));
			warmUpCypher(db);
		}
		catch (IOException ex) {
			this.started.completeExceptionally(new UncheckedIOException(ex));
		}
		catch (RuntimeException | Error ex) {
			this.started.completeExceptionally(ex);
		}
	}

	private DatabaseManagementService build() {
		return new DatabaseManagementServiceBuilder(this.properties.dataDir()).setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", this.properties.boltPort()))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			// Bolt only: the embedded database has no HTTP surface of its own.
			.setConfig(HttpConnector.enabled, false)
			.setConfig(HttpsConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			// Hospitals' graphs stay in the hospital: no anonymous usage reports to
			// Neo4j.
			.setConfig(GraphDatabaseSettings.udc_enabled, false)
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

	/**
	 * The first Cypher statement of a JVM costs seconds (the compiler's classes load and
	 * nothing is compiled yet). Planning two statements of the application's usual shapes
	 * here, while the rest of the context starts, takes that off the critical path.
	 * Nothing is written: both are EXPLAINed only.
	 */
	private static void warmUpCypher(GraphDatabaseService db) {
		long start = System.nanoTime();
		try {
			db.executeTransactionally("EXPLAIN " + Queries.read("graph/warm-up-write"),
					Map.of("rows", List.of(Map.of("id", "a", "name", "b", "at", 1L))));
			db.executeTransactionally("EXPLAIN " + Queries.read("graph/warm-up-read"), Map.of("ids", List.of("a")));
			log.debug("Cypher warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
		}
		catch (RuntimeException ex) {
			log.debug("Cypher warm-up failed; the first statement will be slower", ex);
		}
	}

	@Override
	public void destroy() {
		if (this.started.isCompletedExceptionally()) {
			return;
		}
		await().dbms().shutdown();
	}

	static Path storeDirectory(Path dataDir) {
		return dataDir.resolve("data").resolve("databases").resolve(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
	}

	private record Started(DatabaseManagementService dbms, URI uri) {
	}

}
