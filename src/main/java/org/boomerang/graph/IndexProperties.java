package org.boomerang.graph;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether the indexes that serve requests (the skill search, teacher and flow indexes)
 * are built at start-up. The one-off commands ({@code import}, ...) turn them off: they
 * write, and an index rebuilding itself from a graph being written only slows them down.
 *
 * @param enabled build the indexes at start-up (and warm up the first request)
 */
@ConfigurationProperties("boomerang.indexes")
public record IndexProperties(@DefaultValue("true") boolean enabled) {
}
