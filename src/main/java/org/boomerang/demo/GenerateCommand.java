package org.boomerang.demo;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.boomerang.importing.EscoReader;
import org.boomerang.importing.EscoTaxonomy;

/**
 * The {@code generate} command: writes a generated network as a self-contained import
 * document (the ESCO skills it uses included), without starting Spring or the database.
 */
public final class GenerateCommand {

	/** The usage line. */
	public static final String USAGE = "usage: generate --people N [--seed S] [--out FILE] [--transfers-per-person T]"
			+ " [--skills-per-person K] [--esco DIR] [--as-of YYYY-MM-DD]";

	private static final Set<String> OPTIONS = Set.of("--people", "--seed", "--out", "--transfers-per-person",
			"--skills-per-person", "--esco", "--as-of");

	private GenerateCommand() {
	}

	/**
	 * Runs the command.
	 * @param args the arguments after {@code generate}
	 * @param out where the document goes when there is no {@code --out}, and the summary
	 * otherwise
	 * @param err where problems and, without {@code --out}, the summary go
	 * @return 0 done, 2 usage
	 */
	public static int run(List<String> args, PrintStream out, PrintStream err) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.size(); i++) {
			String name = args.get(i);
			if (!OPTIONS.contains(name) || i + 1 == args.size()) {
				err.println(OPTIONS.contains(name) ? name + " needs a value" : "unknown option " + name);
				err.println(USAGE);
				return 2;
			}
			options.put(name, args.get(++i));
		}
		DemoNetworkGenerator.Settings settings;
		try {
			if (!options.containsKey("--people")) {
				throw new IllegalArgumentException("--people is required");
			}
			LocalDate asOf = options.containsKey("--as-of") ? LocalDate.parse(options.get("--as-of")) : LocalDate.now();
			settings = new DemoNetworkGenerator.Settings(Integer.parseInt(options.get("--people")),
					Long.parseLong(options.getOrDefault("--seed", "20260308")), asOf,
					Integer.parseInt(options.getOrDefault("--transfers-per-person", "3")),
					Integer.parseInt(options.getOrDefault("--skills-per-person", "10")), true);
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			err.println(ex.getMessage());
			err.println(USAGE);
			return 2;
		}
		EscoTaxonomy esco;
		if (options.containsKey("--esco")) {
			Path directory = Path.of(options.get("--esco"));
			if (!Files.isRegularFile(directory.resolve(EscoReader.SKILLS))) {
				err.println("No ESCO export in " + directory.toAbsolutePath() + ": expected " + EscoReader.SKILLS + ", "
						+ EscoReader.GROUPS + " and " + EscoReader.BROADER);
				return 2;
			}
			esco = EscoReader.read(directory);
		}
		else {
			esco = EscoReader.readClasspath(DemoLoader.ESCO_SUBSET);
		}
		long start = System.nanoTime();
		DemoNetworkGenerator generator = new DemoNetworkGenerator(esco, settings);
		DemoNetworkGenerator.Summary summary;
		String target = options.get("--out");
		try {
			if (target != null) {
				try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(Path.of(target)), 1 << 16)) {
					summary = generator.write(file);
				}
			}
			else {
				summary = generator.write(out);
				out.flush();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + target + ": " + ex.getMessage(), ex);
		}
		PrintStream report = (target != null) ? out : err;
		report.printf(
				"Generated %d people, %d skills, %d skill holdings, %d wishes to learn, %d mentorships,"
						+ " %d transfers (seed %d, as of %s) in %d ms%s%n",
				summary.people(), summary.skills(), summary.hasSkill(), summary.wantsToLearn(), summary.mentorships(),
				summary.transfers(), settings.seed(), settings.asOf(), (System.nanoTime() - start) / 1_000_000,
				(target != null) ? " -> " + target : "");
		return 0;
	}

}
