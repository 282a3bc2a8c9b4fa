package org.boomerang.graph;

/**
 * A start-up step that needs the graph schema in place: loading demo data, building
 * derived indexes. Steps run in {@link org.springframework.core.annotation.Order} order,
 * after the schema migrations and before the web server takes requests.
 */
public interface GraphReadyListener {

	/**
	 * Called once, after the schema migrations are applied.
	 */
	void graphReady();

	/**
	 * Whether this step only prepares for serving requests (an index build, a warm-up),
	 * so that a one-off command leaves it out ({@code boomerang.indexes.enabled=false}).
	 * @return true for such steps
	 */
	default boolean servesRequests() {
		return false;
	}

}
