package org.boomerang.graph;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Brings the graph to a usable state before the web server opens: schema migrations
 * first, then each {@link GraphReadyListener} in order (without those that only prepare
 * for requests when {@code boomerang.indexes.enabled} is false). A database that does not
 * answer yet (one starting beside the service, or a busy machine) is waited for up to
 * {@code boomerang.neo4j.startup-timeout}; the shorter waits of requests
 * ({@link DatabaseProperties}) would otherwise end the start.
 */
@Component
class GraphStartup implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(GraphStartup.class);

	/** Between two attempts, so that a refused connection does not spin. */
	private static final Duration PAUSE = Duration.ofSeconds(1);

	private final SchemaMigrations migrations;

	private final ObjectProvider<GraphReadyListener> listeners;

	private final DatabaseProperties properties;

	private final IndexProperties indexes;

	GraphStartup(SchemaMigrations migrations, ObjectProvider<GraphReadyListener> listeners,
			DatabaseProperties properties, IndexProperties indexes) {
		this.migrations = migrations;
		this.listeners = listeners;
		this.properties = properties;
		this.indexes = indexes;
	}

	@Override
	public void afterSingletonsInstantiated() {
		migrateOnceTheDatabaseAnswers();
		List<GraphReadyListener> ordered = this.listeners.orderedStream()
			.filter((listener) -> this.indexes.enabled() || !listener.servesRequests())
			.toList();
		ordered.forEach(GraphReadyListener::graphReady);
	}

	private void migrateOnceTheDatabaseAnswers() {
		Instant giveUp = Instant.now().plus(this.properties.startupTimeout());
		while (true) {
			try {
				this.migrations.migrate();
				return;
			}
			catch (RuntimeException ex) {
				if (!DatabaseFailures.unavailable(ex) || Instant.now().plus(PAUSE).isAfter(giveUp)) {
					throw ex;
				}
				log.warn(
						"The database does not answer yet ({}); trying again until {} (boomerang.neo4j.startup-timeout)",
						ex.getMessage(), giveUp);
				pause();
			}
		}
	}

	private static void pause() {
		try {
			Thread.sleep(PAUSE.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the database", ex);
		}
	}

}
