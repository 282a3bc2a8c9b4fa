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
 * @param newStoreBulk whether the {@code import} command writes a document into a new
 * embedded store with Neo4j's bulk importer ({@link NewStoreImport})
 * @param newStoreBulkFrom the fewest entities a document has for that (below, starting
 * the bulk importer costs more than it saves)
 */
@ConfigurationProperties("boomerang.import")
public record ImportProperties(@DefaultValue("1000") int batchSize, @DefaultValue("2GB") DataSize maxDocumentSize,
		@DefaultValue("true") boolean newStoreBulk, @DefaultValue("10000") int newStoreBulkFrom) {

	public ImportProperties {
		if (batchSize < 1 || batchSize > 50_000) {
			throw new IllegalArgumentException("boomerang.import.batch-size must be from 1 to 50000, not " + batchSize);
		}
	}

}
