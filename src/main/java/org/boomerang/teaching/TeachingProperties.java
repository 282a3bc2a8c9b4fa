package org.boomerang.teaching;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of teacher ranking.
 *
 * @param inMemoryIndex rank teachers in the in-memory teacher index (true) or with the
 * ranking query on every request (false: no memory used, slower on large graphs)
 * @param reloadLimit a write touching more teachers than this rebuilds the index in the
 * background (the ranking query answers meanwhile) instead of reloading them before the
 * write's answer returns
 * @param candidateCache how many candidates (a person holding a topic's skill) the index
 * keeps, over all recent topics, until the next write (about 45 bytes each); 0 finds them
 * again on every request
 */
@ConfigurationProperties("boomerang.teaching")
record TeachingProperties(@DefaultValue("true") boolean inMemoryIndex, @DefaultValue("2000") int reloadLimit,
		@DefaultValue("2000000") int candidateCache) {

	TeachingProperties {
		if (reloadLimit < 1) {
			throw new IllegalArgumentException(
					"boomerang.teaching.reload-limit must be at least 1, not " + reloadLimit);
		}
	}

}
