package org.boomerang;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.boomerang.demo.DemoStoreCommand;
import org.boomerang.demo.GenerateCommand;
import org.boomerang.importing.EscoImporter;
import org.boomerang.importing.EscoReader;
import org.boomerang.importing.EscoSubsetCommand;
import org.boomerang.importing.ImportRejectedException;
import org.boomerang.importing.ImportResult;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command-line face of the service: {@code import FILE}, {@code import-esco DIR},
 * {@code generate ...}, {@code demo-store} and {@code esco-subset} run once and exit;
 * anything else starts the service.
 */
final class CommandLine {

	static final List<String> COMMANDS = List.of("import", "import-esco", "generate", "demo-store", "esco-subset",
			"help");

	private CommandLine() {
	}

	static boolean isCommand(String[] args) {
		return args.length > 0 && COMMANDS.contains(args[0]);
	}

	/**
	 * Runs one command.
	 * @return the process exit code: 0 done, 1 refused input, 2 usage
	 */
	static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		String command = args[0];
		List<String> rest = Arrays.asList(args).subList(1, args.length);
		// Spring-style options (--spring.neo4j.uri=...,
		// --boomerang.embedded.data-dir=...) choose the graph.
		String[] options = rest.stream().filter((a) -> a.startsWith("--")).toArray(String[]::new);
		List<String> positional = rest.stream().filter((a) -> !a.startsWith("--")).toList();
		try {
			switch (command) {
				case "import":
					return ImportCommand.run(application, positional, options, out, err);
				case "import-esco":
					return importEsco(application, positional, options, out, err);
				case "demo-store":
					return DemoStoreCommand.run(application, rest, out, err);
				case "esco-subset":
					// Reads and writes files only; it starts no Spring.
					return EscoSubsetCommand.run(rest, out, err);
				case "generate":
					// generate's own options take values ("--people 400"); it starts no
					// Spring.
					return GenerateCommand.run(rest, out, err);
				default:
					err.println(usage());
					return "help".equals(command) ? 0 : 2;
			}
		}
		catch (ImportRejectedException ex) {
			err.println("Refused, nothing was written (" + ex.problems().size() + " problem(s)):");
			ex.problems().forEach((p) -> err.println("  " + p.path() + ": " + p.message()));
			return 1;
		}
	}

	private static int importEsco(Class<?> application, List<String> args, String[] options, PrintStream out,
			PrintStream err) {
		if (args.size() != 1) {
			err.println("usage: import-esco DIR   (the ESCO CSV export: " + EscoReader.SKILLS + ", " + EscoReader.GROUPS
					+ ", " + EscoReader.BROADER + ")");
			return 2;
		}
		Path directory = Path.of(args.get(0));
		if (!Files.isReadable(directory.resolve(EscoReader.SKILLS))) {
			err.println("Cannot read " + directory.resolve(EscoReader.SKILLS).toAbsolutePath()
					+ ": DIR must hold the ESCO CSV export");
			return 2;
		}
		long start = System.nanoTime();
		try (ConfigurableApplicationContext context = batchContext(application, options)) {
			EscoImporter.Result result = context.getBean(EscoImporter.class).importDirectory(directory);
			out.println("Imported ESCO from " + directory + ": " + result.skills() + " skills, " + result.groups()
					+ " groups, " + result.broaderLinks() + " broader links in " + result.tookMs() + " ms ("
					+ (System.nanoTime() - start) / 1_000_000 + " ms with start-up)");
			result.adjustments().forEach((what, count) -> out.printf("  %d %s%n", count, what));
			result.result()
				.counts()
				.forEach((kind, c) -> out.printf("  %-12s created %d, updated %d, unchanged %d%n", kind, c.created(),
						c.updated(), c.unchanged()));
			return 0;
		}
	}

	/**
	 * A context without the web server, the demo data or the indexes that serve requests:
	 * the same graph and the same code paths as the service, for one job.
	 */
	static ConfigurableApplicationContext batchContext(Class<?> application, String... extraProperties) {
		SpringApplication app = new SpringApplication(application);
		app.setWebApplicationType(WebApplicationType.NONE);
		// No demo data and no indexes (search, teacher, flows) or their polls: a job
		// writes, it does not answer requests.
		String[] properties = new String[extraProperties.length + 3];
		properties[0] = "--boomerang.demo.enabled=false";
		properties[1] = "--boomerang.teaching.in-memory-index=false";
		properties[2] = "--boomerang.indexes.enabled=false";
		System.arraycopy(extraProperties, 0, properties, 3, extraProperties.length);
		return app.run(properties);
	}

	static String usage() {
		return String.join(System.lineSeparator(), "Boomerang commands:",
				"  (no command)            start the service (GraphQL at /graphql, GraphiQL at /graphiql)",
				"  import FILE             import a boomerang-import/1 JSON document into the graph, or an HR feed",
				"                          of people (FILE.csv; --feed-institution=ID [--feed-date=DATE] for a",
				"                          full feed of one institution); docs/import-format.md",
				"  import-esco DIR         import the ESCO CSV export in DIR (skills, groups, broader links)",
				"  generate --people N [--seed S] [--out FILE] [--transfers-per-person T] [--skills-per-person K]",
				"           [--esco DIR] [--as-of DATE]   write a generated network as an import document",
				"  demo-store [--out DIR]  make the prebuilt demo store new embedded stores start from",
				"                          (DIR defaults to src/main/resources/demo)",
				"  esco-subset --esco DIR [--out DIR]   write the health-professions-education subset of the",
				"                          ESCO CSV export in --esco, as the demo ships it (docs/esco-subset.md;",
				"                          --out defaults to src/main/resources/demo/esco)",
				"  help                    this text",
				"Options such as --spring.neo4j.uri=neo4j://host:7687 or --boomerang.embedded.data-dir=./data choose the graph:",
				"the embedded database in boomerang.embedded.data-dir unless spring.neo4j.uri is set.");
	}

}
