package org.boomerang.graph;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Brings the graph to a usable state before the web server opens: schema migrations
 * first, then each {@link GraphReadyListener} in order.
 */
@Component
class GraphStartup implements SmartInitializingSingleton {

	private final SchemaMigrations migrations;

	private final ObjectProvider<GraphReadyListener> listeners;

	GraphStartup(SchemaMigrations migrations, ObjectProvider<GraphReadyListener> listeners) {
		this.migrations = migrations;
		this.listeners = listeners;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.migrations.migrate();
		List<GraphReadyListener> ordered = this.listeners.orderedStream().toList();
		ordered.forEach(GraphReadyListener::graphReady);
	}

}
