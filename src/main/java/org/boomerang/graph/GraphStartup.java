package org.boomerang.graph;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Brings the graph to a usable state before the web server opens: schema migrations
 * first, then each {@link GraphReadyListener} in order (without those that only prepare
 * for requests when {@code boomerang.indexes.enabled} is false).
 */
@Component
class GraphStartup implements SmartInitializingSingleton {

	private final SchemaMigrations migrations;

	private final ObjectProvider<GraphReadyListener> listeners;

	private final IndexProperties indexes;

	GraphStartup(SchemaMigrations migrations, ObjectProvider<GraphReadyListener> listeners, IndexProperties indexes) {
		this.migrations = migrations;
		this.listeners = listeners;
		this.indexes = indexes;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.migrations.migrate();
		List<GraphReadyListener> ordered = this.listeners.orderedStream()
			.filter((listener) -> this.indexes.enabled() || !listener.servesRequests())
			.toList();
		ordered.forEach(GraphReadyListener::graphReady);
	}

}
