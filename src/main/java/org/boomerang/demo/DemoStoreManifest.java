package org.boomerang.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;

/**
 * What the prebuilt demo store was made from ({@value #RESOURCE} beside
 * {@value PrebuiltDemoStore#ARCHIVE}): the demo settings and the Neo4j version that made
 * it. A new store starts from it only when all of these match.
 *
 * @param people the demo's number of people
 * @param seed the demo's seed
 * @param asOf the demo's "as of" date
 * @param neo4j the Neo4j version that wrote the store
 */
public record DemoStoreManifest(int people, long seed, LocalDate asOf, String neo4j) {

	/** Where the manifest lies on the class path. */
	public static final String RESOURCE = "demo/demo-store.properties";

	/**
	 * Reads the manifest shipped on the class path.
	 * @param classLoader where to look
	 * @return the manifest, or empty when no prebuilt store is shipped
	 * @throws IllegalStateException if the manifest is there but unreadable
	 */
	public static Optional<DemoStoreManifest> readShipped(ClassLoader classLoader) {
		try (InputStream in = classLoader.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				return Optional.empty();
			}
			Properties values = new Properties();
			values.load(in);
			return Optional.of(new DemoStoreManifest(Integer.parseInt(required(values, "people")),
					Long.parseLong(required(values, "seed")), LocalDate.parse(required(values, "as-of")),
					required(values, "neo4j")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + RESOURCE, ex);
		}
		catch (NumberFormatException | DateTimeParseException ex) {
			throw new IllegalStateException(RESOURCE + " is damaged: " + ex.getMessage(), ex);
		}
	}

	private static String required(Properties values, String key) {
		String value = values.getProperty(key);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException(RESOURCE + " has no '" + key + "'");
		}
		return value.trim();
	}

	/**
	 * Why this store does not suit a start, if it does not.
	 * @param demo the demo settings of the start
	 * @param runningNeo4j the Neo4j version of the start
	 * @return what differs, or empty when the store suits
	 */
	public Optional<String> mismatch(DemoProperties demo, String runningNeo4j) {
		if (demo.people() != this.people || demo.seed() != this.seed || !demo.asOf().equals(this.asOf)) {
			return Optional.of("it holds " + this.people + " people, seed " + this.seed + ", as of " + this.asOf
					+ "; the settings ask for " + demo.people() + " people, seed " + demo.seed() + ", as of "
					+ demo.asOf());
		}
		if (!this.neo4j.equals(runningNeo4j)) {
			return Optional.of("it was written by Neo4j " + this.neo4j + ", this is Neo4j " + runningNeo4j);
		}
		return Optional.empty();
	}

	/**
	 * Writes the manifest, with a comment saying how the store was made.
	 * @param file where to write
	 * @throws IOException if it cannot be written
	 */
	public void write(Path file) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("# The prebuilt demo store beside this file (demo-store.zip): the demo network imported into\n");
			out.write("# a new embedded store, for new stores to start from instead of importing it again. Made by\n");
			out.write("# `java -jar target/boomerang-*.jar demo-store` from the project's root; the tests fail when\n");
			out.write("# it no longer matches what the import writes. A start uses it only when these match.\n");
			out.write("people=" + this.people + "\n");
			out.write("seed=" + this.seed + "\n");
			out.write("as-of=" + this.asOf + "\n");
			out.write("neo4j=" + this.neo4j + "\n");
		}
	}

}
