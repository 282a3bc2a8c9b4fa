package org.boomerang.importing;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code esco-subset --esco DIR [--out DIR]} command: reads the ESCO CSV export in
 * {@code --esco}, selects the part that matters to health-professions education
 * ({@link EscoFilter}, described in {@code docs/esco-subset.md}) and writes it in the
 * export's own layout into {@code --out}, which defaults to
 * {@code src/main/resources/demo/esco}: from the project's root the command refreshes the
 * subset the demo ships. It starts no Spring and touches no graph.
 */
public final class EscoSubsetCommand {

	/** Where the shipped subset lives in the project. */
	static final Path DEFAULT_OUT = Path.of("src", "main", "resources", "demo", "esco");

	static final String USAGE = "usage: esco-subset --esco DIR [--out DIR]   (the ESCO CSV export in --esco; --out"
			+ " defaults to " + DEFAULT_OUT + ")";

	private EscoSubsetCommand() {
	}

	/**
	 * Runs the command.
	 * @param args the arguments after {@code esco-subset}
	 * @param out where the summary goes
	 * @param err where problems go
	 * @return the exit code: 0 written, 1 failed, 2 usage
	 */
	public static int run(List<String> args, PrintStream out, PrintStream err) {
		Path esco = null;
		Path outDir = DEFAULT_OUT;
		for (int i = 0; i < args.size(); i += 2) {
			if (i + 1 >= args.size()) {
				err.println(USAGE);
				return 2;
			}
			switch (args.get(i)) {
				case "--esco" -> esco = Path.of(args.get(i + 1));
				case "--out" -> outDir = Path.of(args.get(i + 1));
				default -> {
					err.println(USAGE);
					return 2;
				}
			}
		}
		if (esco == null) {
			err.println(USAGE);
			return 2;
		}
		for (String file : List.of(EscoReader.SKILLS, EscoReader.GROUPS, EscoReader.BROADER)) {
			if (!Files.isReadable(esco.resolve(file))) {
				err.println("Cannot read " + esco.resolve(file).toAbsolutePath()
						+ ": --esco must hold the ESCO CSV export");
				return 2;
			}
		}
		if (!Files.isDirectory(outDir)) {
			err.println(
					outDir.toAbsolutePath() + " is not a directory: run from the project's root, or give --out DIR");
			return 2;
		}
		try {
			EscoTaxonomy full = EscoReader.read(esco);
			EscoTaxonomy subset = EscoFilter.healthProfessionsEducation(full);
			int links = EscoWriter.write(subset, outDir);
			out.println("Wrote the ESCO subset to " + outDir + ": " + subset.skills().size() + " of "
					+ full.skills().size() + " skills, " + subset.groups().size() + " of " + full.groups().size()
					+ " skill groups, " + links + " broader links");
			return 0;
		}
		catch (UncheckedIOException ex) {
			err.println(ex.getMessage());
			return 1;
		}
	}

}
