package org.boomerang.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The catalogue of named Cypher queries, loaded once at start-up from
 * {@code queries/<feature>/*.cypher} on the classpath. A query is named by its path
 * without the extension, e.g. {@code importing/upsert-people}. Asking for a name that has
 * no file fails at once, so a missing query stops the application at start-up rather than
 * at the first request.
 */
@Component
public class Queries {

	/**
	 * The configuration of every read-only query: routed to a reader of a cluster (the
	 * only member of a single server or of the embedded database). Writes use the
	 * driver's default, routed to the leader.
	 */
	public static final QueryConfig READ = QueryConfig.builder().withRouting(RoutingControl.READ).build();

	/**
	 * The session of a read that streams its rows instead of holding them all (an
	 * explicit transaction): routed to a reader, as {@link #READ} is.
	 */
	public static final SessionConfig READ_SESSION = SessionConfig.builder()
		.withDefaultAccessMode(AccessMode.READ)
		.build();

	private static final Logger log = LoggerFactory.getLogger(Queries.class);

	private static final String LOCATION = "queries/";

	private final Map<String, String> byName;

	public Queries() {
		this.byName = Collections.unmodifiableMap(load());
		log.info("Loaded {} named Cypher queries", this.byName.size());
	}

	/**
	 * The text of a named query.
	 * @param name the file path under {@code queries/} without {@code .cypher}
	 * @return the Cypher text
	 * @throws IllegalStateException when there is no such file
	 */
	public String get(String name) {
		String text = this.byName.get(name);
		if (text == null) {
			throw new IllegalStateException("No Cypher query named '" + name + "': expected a file queries/" + name
					+ ".cypher on the classpath");
		}
		return text;
	}

	/**
	 * Every query of the catalogue, by name.
	 * @return an unmodifiable map from name to Cypher text
	 */
	public Map<String, String> all() {
		return this.byName;
	}

	/**
	 * Reads one query of the catalogue without the catalogue, for code that runs before
	 * the application context exists.
	 * @param name the file path under {@code queries/} without {@code .cypher}
	 * @return the Cypher text
	 */
	static String read(String name) {
		try (InputStream in = Queries.class.getClassLoader().getResourceAsStream(LOCATION + name + ".cypher")) {
			if (in == null) {
				throw new IllegalStateException("No Cypher query file queries/" + name + ".cypher on the classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read queries/" + name + ".cypher", ex);
		}
	}

	private static Map<String, String> load() {
		Map<String, String> queries = new TreeMap<>();
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:" + LOCATION + "**/*.cypher");
			for (Resource resource : resources) {
				String url = resource.getURL().toString();
				String name = url.substring(url.lastIndexOf(LOCATION) + LOCATION.length(),
						url.length() - ".cypher".length());
				String text = resource.getContentAsString(StandardCharsets.UTF_8).strip();
				if (text.isEmpty()) {
					throw new IllegalStateException("Cypher query file " + url + " is empty");
				}
				queries.put(name, text);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the Cypher query catalogue under " + LOCATION, ex);
		}
		return queries;
	}

}
