package org.boomerang.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.boomerang.graph.EmbeddedNeo4j;
import org.neo4j.kernel.internal.Version;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The {@code demo-store [--out DIR]} command: makes the prebuilt demo store that new
 * embedded stores start from ({@link PrebuiltDemoStore}). It starts the application on a
 * new embedded store in a temporary directory, lets it import the demo network exactly as
 * a start without the prebuilt store does, stops it cleanly and packs the store's
 * {@code data} directory into {@code DIR/demo-store.zip} with its manifest
 * ({@code DIR/demo-store.properties}). DIR defaults to {@code src/main/resources/demo},
 * so from the project's root the command refreshes the shipped store.
 */
public final class DemoStoreCommand {

	/** Where the shipped store lives in the project. */
	static final Path DEFAULT_OUT = Path.of("src", "main", "resources", "demo");

	private DemoStoreCommand() {
	}

	/**
	 * Runs the command.
	 * @param application the Spring Boot application class
	 * @param args the arguments after {@code demo-store}
	 * @param out where progress goes
	 * @param err where problems go
	 * @return the exit code: 0 written, 1 failed, 2 usage
	 */
	public static int run(Class<?> application, List<String> args, PrintStream out, PrintStream err) {
		Path outDir = DEFAULT_OUT;
		if (args.size() == 2 && args.get(0).equals("--out")) {
			outDir = Path.of(args.get(1));
		}
		else if (!args.isEmpty()) {
			err.println("usage: demo-store [--out DIR]   (DIR defaults to " + DEFAULT_OUT + ")");
			return 2;
		}
		if (!Files.isDirectory(outDir)) {
			err.println(
					outDir.toAbsolutePath() + " is not a directory: run from the project's root, or give --out DIR");
			return 2;
		}
		long start = System.nanoTime();
		Path work = null;
		try {
			work = Files.createTempDirectory("boomerang-demo-store-");
			DemoProperties demo;
			SpringApplication app = new SpringApplication(application);
			app.setWebApplicationType(WebApplicationType.NONE);
			try (ConfigurableApplicationContext context = app.run("--boomerang.embedded.data-dir=" + work,
					"--boomerang.embedded.bolt-port=0", "--boomerang.demo.enabled=true",
					"--boomerang.demo.prebuilt=false", "--boomerang.teaching.in-memory-index=false")) {
				if (context.getBeanProvider(EmbeddedNeo4j.class).getIfAvailable() == null) {
					err.println("demo-store writes an embedded store: unset spring.neo4j.uri");
					return 2;
				}
				if (!context.getBean(DemoRepository.class).hasPeople()) {
					err.println("The demo network was not loaded; see the log above");
					return 1;
				}
				demo = context.getBean(DemoProperties.class);
			}
			Path archive = outDir.resolve("demo-store.zip");
			long bytes = zip(work, archive);
			new DemoStoreManifest(demo.people(), demo.seed(), demo.asOf(), Version.getNeo4jVersion())
				.write(outDir.resolve("demo-store.properties"));
			out.printf("Wrote %s (%d KB: %d people, seed %d, as of %s, Neo4j %s) in %d ms%n", archive, bytes / 1024,
					demo.people(), demo.seed(), demo.asOf(), Version.getNeo4jVersion(),
					(System.nanoTime() - start) / 1_000_000);
			return 0;
		}
		catch (IOException | UncheckedIOException ex) {
			err.println("Could not write the demo store: " + ex.getMessage());
			return 1;
		}
		finally {
			if (work != null) {
				delete(work);
			}
		}
	}

	/**
	 * Packs {@code home/data} (Neo4j's databases and transaction logs, without its lock
	 * files and without the server id, which each store then makes its own) into an
	 * archive, written beside it first and then moved into place.
	 * @return the archive's size
	 */
	private static long zip(Path home, Path archive) throws IOException {
		Path partial = archive.resolveSibling(archive.getFileName() + ".partial");
		List<Path> files;
		try (Stream<Path> paths = Files.walk(home.resolve("data"))) {
			files = paths.filter(Files::isRegularFile)
				.filter((p) -> !p.getFileName().toString().endsWith("_lock"))
				.filter((p) -> !p.getFileName().toString().equals("server_id"))
				.sorted()
				.toList();
		}
		try (OutputStream file = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(file)) {
			for (Path path : files) {
				zip.putNextEntry(new ZipEntry(home.relativize(path).toString().replace('\\', '/')));
				Files.copy(path, zip);
				zip.closeEntry();
			}
		}
		Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		return Files.size(archive);
	}

	private static void delete(Path root) {
		try {
			FileSystemUtils.deleteRecursively(root);
		}
		catch (IOException ex) {
			// a temporary directory left behind
		}
	}

}
