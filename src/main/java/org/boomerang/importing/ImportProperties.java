package org.boomerang.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the import.
 *
 * @param batchSize rows written per transaction
 * @param maxDocumentSize the largest body {@code POST /api/import} accepts: a sanity
 * limit, not a memory guard (the import streams the body through a temporary file)
 */
@ConfigurationProperties("boomerang.import")
public record ImportProperties(@DefaultValue("1000") int batchSize, @DefaultValue("2GB") DataSize maxDocumentSize) {

	public ImportProperties {
		if (batchSize < 1 || batchSize > 50_000) {
			throw new IllegalArgumentException("boomerang.import.batch-size must be from 1 to 50000, not " + batchSize);
		}
	}

}
