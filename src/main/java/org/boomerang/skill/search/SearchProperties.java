package org.boomerang.skill.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the skill search index.
 *
 * @param pollInterval how often the graph is asked for skills changed by other instances
 * or directly in the database (by their {@code updatedAt})
 * @param pollOverlap how far before the previous poll each poll looks again, so writes
 * that committed late or came from a clock a little behind are not missed
 * @param cacheSize how many resolved topics are kept (cleared whenever the index changes)
 * @param maxTopicLength the longest topic or prefix accepted, in characters
 */
@ConfigurationProperties("boomerang.search")
public record SearchProperties(@DefaultValue("5s") Duration pollInterval, @DefaultValue("60s") Duration pollOverlap,
		@DefaultValue("1000") int cacheSize, @DefaultValue("200") int maxTopicLength) {

	public SearchProperties {
		if (pollInterval.isNegative() || pollInterval.isZero()) {
			throw new IllegalArgumentException("boomerang.search.poll-interval must be positive, not " + pollInterval);
		}
	}

}
