package org.boomerang.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies the versioned schema files of {@code graph-schema/}
 * ({@code V0001__constraints.cypher}, ...) in version order, each once, and records each
 * in the graph as a {@code :__SchemaMigration} node with its checksum. A file changed
 * after it was applied stops start-up: schema history is append-only.
 */
@Component
public class SchemaMigrations {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.cypher");

	private final Driver driver;

	private final Queries queries;

	public SchemaMigrations(Driver driver, Queries queries) {
		this.driver = driver;
		this.queries = queries;
	}

	/**
	 * Applies every migration that the graph has not recorded yet.
	 * @return the versions applied by this call
	 */
	public List<Integer> migrate() {
		List<Migration> migrations = discover();
		try (Session session = this.driver.session()) {
			session.run(this.queries.get("graph/migration-constraint")).consume();
		}
		Map<Integer, String> applied = new HashMap<>();
		this.driver.executableQuery(this.queries.get("graph/applied-migrations"))
			.withConfig(QueryConfig.builder().withRouting(RoutingControl.WRITE).build())
			.execute()
			.records()
			.forEach((r) -> applied.put(r.get("version").asInt(), r.get("checksum").asString()));
		List<Integer> done = new ArrayList<>();
		for (Migration migration : migrations) {
			String known = applied.get(migration.version());
			if (known != null) {
				if (!known.equals(migration.checksum())) {
					throw new IllegalStateException("Schema migration " + migration.fileName()
							+ " was changed after it was applied; add a new V file instead of editing an old one");
				}
				continue;
			}
			apply(migration);
			done.add(migration.version());
		}
		log.info("Graph schema is at version {} ({} migration(s) applied now)",
				migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version(), done.size());
		return done;
	}

	private void apply(Migration migration) {
		log.info("Applying schema migration {}", migration.fileName());
		// Schema commands cannot share a transaction with data writes, so each statement
		// runs on its
		// own; the statements are idempotent (IF NOT EXISTS), which makes a re-run after
		// a crash safe.
		try (Session session = this.driver.session()) {
			for (String statement : migration.statements()) {
				session.run(statement).consume();
			}
			session
				.run(this.queries.get("graph/record-migration"), Map.of("version", migration.version(), "description",
						migration.description(), "checksum", migration.checksum()))
				.consume();
		}
	}

	static List<Migration> discover() {
		List<Migration> migrations = new ArrayList<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:graph-schema/*.cypher")) {
				String fileName = resource.getFilename();
				Matcher matcher = FILE_NAME.matcher(fileName);
				if (!matcher.matches()) {
					throw new IllegalStateException(
							"Schema file graph-schema/" + fileName + " is not named V<version>__<description>.cypher");
				}
				String text = resource.getContentAsString(StandardCharsets.UTF_8);
				migrations.add(new Migration(Integer.parseInt(matcher.group(1)), matcher.group(2).replace('_', ' '),
						fileName, statements(text), checksum(text)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read graph-schema/", ex);
		}
		migrations.sort(Comparator.comparingInt(Migration::version));
		for (int i = 1; i < migrations.size(); i++) {
			if (migrations.get(i).version() == migrations.get(i - 1).version()) {
				throw new IllegalStateException("Two schema files share version " + migrations.get(i).version());
			}
		}
		return migrations;
	}

	static List<String> statements(String text) {
		StringBuilder withoutComments = new StringBuilder();
		for (String line : text.split("\n")) {
			if (!line.strip().startsWith("//")) {
				withoutComments.append(line).append('\n');
			}
		}
		List<String> statements = new ArrayList<>();
		for (String part : withoutComments.toString().split(";")) {
			if (!part.isBlank()) {
				statements.add(part.strip());
			}
		}
		return statements;
	}

	private static String checksum(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One schema file.
	 *
	 * @param version its version number
	 * @param description the words after the version
	 * @param fileName the file name
	 * @param statements its Cypher statements in order
	 * @param checksum SHA-256 of its text
	 */
	record Migration(int version, String description, String fileName, List<String> statements, String checksum) {
	}

}
