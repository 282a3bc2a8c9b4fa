package org.boomerang.graph;

/**
 * State derived from the graph and kept beside it (search indexes, in-memory rankings),
 * that can be rebuilt from the graph on demand: after the graph was changed behind the
 * service's back, as tests do when they clear it.
 */
public interface DerivedState {

	/**
	 * Rebuilds the state from the graph as it is now, before returning.
	 */
	void rebuildFromGraph();

}
