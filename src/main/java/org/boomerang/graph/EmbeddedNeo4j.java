package org.boomerang.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

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
import org.springframework.util.FileSystemUtils;

/**
 * The embedded Neo4j 5.26 Community database, started on its own thread so that its
 * start-up (about 7 s on two cores) overlaps the rest of the application context. Bolt
 * listens on 127.0.0.1 only and asks for credentials: user {@code neo4j} with the
 * password generated into the data directory ({@code bolt-password}, owner-only); the
 * HTTP connectors stay off. Whoever needs the database waits for it through
 * {@link #boltUri()} and {@link #password()}. A new store may first be filled by a
 * {@link NewStoreSeed}.
 */
public final class EmbeddedNeo4j implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	/** The prefix of the staging directories in which a new store is filled. */
	private static final String STAGING_PREFIX = ".new-store-";

	private final EmbeddedNeo4jProperties properties;

	private final boolean freshStore;

	private final NewStoreSeed.Seeding seeding;

	private final CompletableFuture<Started> started;

	private volatile boolean seeded;

	private EmbeddedNeo4j(EmbeddedNeo4jProperties properties, NewStoreSeed.Seeding seeding) {
		this.properties = properties;
		this.seeding = canSeed(properties.dataDir()) ? seeding : null;
		this.freshStore = !Files.isDirectory(storeDirectory(properties.dataDir())) && this.seeding == null;
		this.started = new CompletableFuture<>();
	}

	/**
	 * Starts the database in the background and returns at once.
	 * @param properties where the data lives and which Bolt port to use
	 * @return the database being started
	 */
	public static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties) {
		return start(properties, null);
	}

	/**
	 * Starts the database in the background and returns at once, first filling a new
	 * store with a seed.
	 * @param properties where the data lives and which Bolt port to use
	 * @param seeding what to fill a new store with, or {@code null}; ignored unless the
	 * data directory holds no {@code data} directory yet
	 * @return the database being started
	 */
	public static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties, NewStoreSeed.Seeding seeding) {
		EmbeddedNeo4j db = new EmbeddedNeo4j(properties, seeding);
		// A thread of its own, not BackgroundWork: this runs from an
		// ApplicationContextInitializer, before any bean (the executor included) exists,
		// and it must overlap the creation of the beans.
		Thread thread = new Thread(db::startNow, "embedded-neo4j-start");
		thread.setDaemon(true);
		thread.start();
		return db;
	}

	/**
	 * Whether a seed may fill this data directory: it has no Neo4j {@code data} directory
	 * at all (a half-made one is left to Neo4j).
	 * @param dataDir the data directory
	 * @return whether a seed may fill it
	 */
	public static boolean canSeed(Path dataDir) {
		return !Files.exists(dataDir.resolve("data"));
	}

	/**
	 * Whether this start begins with an empty store (the data directory had no database
	 * and no seed fills it), which start-up steps may use to prepare demo data early.
	 * @return whether the store starts new and empty
	 */
	public boolean freshStore() {
		return this.freshStore;
	}

	/**
	 * Whether this start filled a new store from its seed (known once the database has
	 * started), so that start-up steps can tell a store just seeded from one that was
	 * there before.
	 * @return whether the store was seeded in this start
	 */
	public boolean seeded() {
		return this.seeded;
	}

	/**
	 * Waits until Bolt is listening.
	 * @return the Bolt address of the database
	 * @throws IllegalStateException if the database could not start
	 */
	public URI boltUri() {
		return await().uri();
	}

	/**
	 * Waits until Bolt is listening.
	 * @return the password of the {@code neo4j} user, kept in the data directory
	 * @throws IllegalStateException if the database could not start
	 */
	public String password() {
		return await().password();
	}

	/**
	 * The user the service signs in as over Bolt.
	 * @return {@code neo4j}
	 */
	public String user() {
		return BoltPassword.USER;
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
			if (this.seeding != null) {
				seed();
			}
			BoltPassword password = BoltPassword.readOrCreate(this.properties.dataDir());
			// A new system database (fresh or seeded: the demo store's was made with
			// auth off) has the default neo4j/neo4j, which must not stay.
			boolean newUsers = this.seeded || !Files.isDirectory(systemDirectory(this.properties.dataDir()));
			log.info("Starting embedded Neo4j in {} (Bolt on 127.0.0.1:{}{})",
					this.properties.dataDir().toAbsolutePath(),
					(this.properties.boltPort() == 0) ? "any free port" : this.properties.boltPort(),
					this.freshStore ? ", new store" : "");
			DatabaseManagementService dbms = build();
			if (password.created() || newUsers) {
				setPassword(dbms, password);
			}
			GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			int port = db.getDependencyResolver()
				.resolveDependency(ConnectorPortRegister.class)
				.getLocalAddress(ConnectorType.BOLT)
				.getPort();
			URI uri = URI.create("bolt://127.0.0.1:" + port);
			log.info("Embedded Neo4j is listening on {} after {} ms", uri, (System.nanoTime() - start) / 1_000_000);
			this.started.complete(new Started(dbms, uri, password.value()));
			warmUpCypher(db);
		}
		catch (IOException ex) {
			this.started.completeExceptionally(new UncheckedIOException(ex));
		}
		catch (RuntimeException | Error ex) {
			this.started.completeExceptionally(ex);
		}
	}

	/**
	 * Fills the new store: the seed writes into a staging directory beside it, which then
	 * becomes the store in one move, so a crash leaves either no store or a whole one.
	 * Staging directories left by an earlier crash are removed first. A seed that fails
	 * leaves the store to start empty.
	 */
	private void seed() {
		long start = System.nanoTime();
		Path dataDir = this.properties.dataDir();
		Path staging = null;
		try {
			try (Stream<Path> entries = Files.list(dataDir)) {
				entries.filter((p) -> p.getFileName().toString().startsWith(STAGING_PREFIX))
					.forEach(EmbeddedNeo4j::deleteTree);
			}
			staging = Files.createTempDirectory(dataDir, STAGING_PREFIX);
			this.seeding.writeInto(staging);
			if (!Files.isDirectory(storeDirectory(staging))) {
				throw new IOException("it wrote no " + dataDir.relativize(storeDirectory(dataDir)));
			}
			Files.move(staging.resolve("data"), dataDir.resolve("data"), StandardCopyOption.ATOMIC_MOVE);
			this.seeded = true;
			log.info("New store filled with {} in {} ms", this.seeding.description(),
					(System.nanoTime() - start) / 1_000_000);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not fill the new store with {} ({}); it starts empty", this.seeding.description(),
					ex.toString());
		}
		finally {
			if (staging != null) {
				deleteTree(staging);
			}
		}
	}

	private static void deleteTree(Path root) {
		try {
			FileSystemUtils.deleteRecursively(root);
		}
		catch (IOException ex) {
			log.debug("Could not remove {}", root, ex);
		}
	}

	/**
	 * Gives the {@code neo4j} user the kept password, through the system database of this
	 * process (embedded transactions need no sign-in), before anything connects.
	 */
	private static void setPassword(DatabaseManagementService dbms, BoltPassword password) {
		long start = System.nanoTime();
		dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
			.executeTransactionally(Queries.read("system/set-bolt-password"),
					Map.of("user", BoltPassword.USER, "password", password.value()));
		log.info("The embedded database's user {} has the password kept in {} (set in {} ms)", BoltPassword.USER,
				password.file().toAbsolutePath(), (System.nanoTime() - start) / 1_000_000);
	}

	private DatabaseManagementService build() {
		return new DatabaseManagementServiceBuilder(this.properties.dataDir()).setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", this.properties.boltPort()))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			// Bolt only: the embedded database has no HTTP surface of its own.
			.setConfig(HttpConnector.enabled, false)
			.setConfig(HttpsConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, true)
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

	private static Path systemDirectory(Path dataDir) {
		return dataDir.resolve("data").resolve("databases").resolve(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
	}

	private record Started(DatabaseManagementService dbms, URI uri, String password) {
	}

}
