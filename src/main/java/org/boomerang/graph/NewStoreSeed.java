package org.boomerang.graph;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.springframework.boot.context.properties.bind.Binder;

/**
 * Something that can fill a new embedded store before Neo4j first opens it, so that the
 * store does not start empty: the prebuilt demo store. Implementations are listed under
 * this interface's name in {@code META-INF/spring.factories}, so this package does not
 * know them; the first whose plan applies fills the store.
 */
public interface NewStoreSeed {

	/**
	 * Decides, before the database starts, whether this seed fills a data directory that
	 * has no store yet. Must be quick: it runs before the application context is built.
	 * @param dataDir the embedded database's data directory
	 * @param settings the application's settings
	 * @return how to fill the store, or empty if this seed does not apply
	 */
	Optional<Seeding> plan(Path dataDir, Binder settings);

	/** A planned filling of a new store. */
	interface Seeding {

		/**
		 * What the store is filled with, for the log.
		 * @return a short description
		 */
		String description();

		/**
		 * Writes a complete Neo4j data layout ({@code data/databases/...},
		 * {@code data/transactions/...}) into an empty staging directory, which the
		 * database then takes over in one move; a failure leaves the store new and empty.
		 * @param staging the empty directory to write into
		 * @throws IOException if it cannot be written
		 */
		void writeInto(Path staging) throws IOException;

	}

}
