package org.boomerang.graph;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded Neo4j database, used only when {@code spring.neo4j.uri} is not
 * set.
 *
 * @param dataDir where the database files live
 * @param boltPort the Bolt port on 127.0.0.1; 0 picks any free port
 */
@ConfigurationProperties("boomerang.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("7687") int boltPort) {

	public EmbeddedNeo4jProperties {
		if (boltPort < 0 || boltPort > 65535) {
			throw new IllegalArgumentException(
					"boomerang.embedded.bolt-port must be between 0 and 65535 (0 = any free port), not " + boltPort);
		}
	}

}
