package org.boomerang.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * <p>
 * A predicate that many queries share (who may see a person) is written once, as a
 * fragment file {@code queries/<feature>/<name>.fragment} over the variable {@code __it},
 * and named in a query as {@code {{<feature>/<name>:var}}}: the catalogue puts the
 * fragment in its place, in parentheses, with {@code __it} replaced by the query's own
 * variable. Fragments are fixed text from the jar, never user input; values stay
 * {@code $parameters}. A query naming a fragment that has no file fails at start-up.
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

	/** Where a query names a fragment: {@code {{person/visible:p}}}. */
	private static final Pattern FRAGMENT = Pattern.compile("\\{\\{([a-z0-9-]+/[a-z0-9-]+):([A-Za-z_][A-Za-z0-9_]*)}}");

	/** The variable a fragment is written over, as a whole word. */
	private static final Pattern FRAGMENT_VARIABLE = Pattern.compile("\\b__it\\b");

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
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
			return expand(name, text, Queries::readFragment);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read queries/" + name + ".cypher", ex);
		}
	}

	private static String readFragment(String name) {
		try (InputStream in = Queries.class.getClassLoader().getResourceAsStream(LOCATION + name + ".fragment")) {
			return (in != null) ? new String(in.readAllBytes(), StandardCharsets.UTF_8).strip() : null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read queries/" + name + ".fragment", ex);
		}
	}

	/**
	 * Puts the named fragments in their places.
	 * @param name the query's name, for the error
	 * @param text the query as written
	 * @param fragments the text of a fragment by name, or null when there is none
	 * @return the query as run
	 */
	static String expand(String name, String text, Function<String, String> fragments) {
		Matcher matcher = FRAGMENT.matcher(text);
		StringBuilder expanded = new StringBuilder();
		while (matcher.find()) {
			String fragment = fragments.apply(matcher.group(1));
			if (fragment == null) {
				throw new IllegalStateException("Cypher query " + name + " names the fragment " + matcher.group(1)
						+ ", but there is no file queries/" + matcher.group(1) + ".fragment");
			}
			String replaced = "("
					+ FRAGMENT_VARIABLE.matcher(fragment).replaceAll(Matcher.quoteReplacement(matcher.group(2))) + ")";
			matcher.appendReplacement(expanded, Matcher.quoteReplacement(replaced));
		}
		matcher.appendTail(expanded);
		return expanded.toString();
	}

	private static Map<String, String> load() {
		Map<String, String> fragments = files(".fragment");
		Map<String, String> queries = new TreeMap<>();
		files(".cypher").forEach((name, text) -> queries.put(name, expand(name, text, fragments::get)));
		return queries;
	}

	private static Map<String, String> files(String extension) {
		Map<String, String> files = new HashMap<>();
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:" + LOCATION + "**/*" + extension);
			for (Resource resource : resources) {
				String url = resource.getURL().toString();
				String name = url.substring(url.lastIndexOf(LOCATION) + LOCATION.length(),
						url.length() - extension.length());
				String text = resource.getContentAsString(StandardCharsets.UTF_8).strip();
				if (text.isEmpty()) {
					throw new IllegalStateException("Cypher file " + url + " is empty");
				}
				files.put(name, text);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the Cypher query catalogue under " + LOCATION, ex);
		}
		return files;
	}

}
