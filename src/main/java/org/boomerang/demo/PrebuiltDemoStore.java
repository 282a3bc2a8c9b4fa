package org.boomerang.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.boomerang.graph.NewStoreSeed;
import org.neo4j.kernel.internal.Version;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.bind.Binder;

/**
 * Starts a new embedded store from the demo network imported ahead of time
 * ({@value #ARCHIVE}, made by {@link DemoStoreCommand}) instead of importing it at
 * start-up, which on two cores takes longer than the rest of the start together. Applies
 * when the demo is enabled, {@code boomerang.demo.prebuilt} is on, and the demo settings
 * and the Neo4j version are those the store was made with ({@link DemoStoreManifest});
 * otherwise the demo is imported as usual.
 */
public class PrebuiltDemoStore implements NewStoreSeed {

	/** Where the store's archive lies on the class path. */
	public static final String ARCHIVE = "demo/demo-store.zip";

	private static final Logger log = LoggerFactory.getLogger(PrebuiltDemoStore.class);

	@Override
	public Optional<Seeding> plan(Path dataDir, Binder settings) {
		DemoProperties demo = settings.bindOrCreate("boomerang.demo", DemoProperties.class);
		if (!demo.enabled() || !demo.prebuilt()) {
			return Optional.empty();
		}
		ClassLoader classLoader = PrebuiltDemoStore.class.getClassLoader();
		Optional<DemoStoreManifest> shipped;
		try {
			shipped = DemoStoreManifest.readShipped(classLoader);
		}
		catch (RuntimeException ex) {
			// A damaged build: the demo still comes, through the import.
			log.warn("The prebuilt demo store cannot be used ({}): the demo network will be imported", ex.getMessage());
			return Optional.empty();
		}
		if (shipped.isEmpty() || classLoader.getResource(ARCHIVE) == null) {
			log.info("No prebuilt demo store in this build: the demo network will be imported");
			return Optional.empty();
		}
		DemoStoreManifest manifest = shipped.get();
		Optional<String> mismatch = manifest.mismatch(demo, Version.getNeo4jVersion());
		if (mismatch.isPresent()) {
			log.info("The prebuilt demo store does not suit this start ({}): the demo network will be imported",
					mismatch.get());
			return Optional.empty();
		}
		return Optional.of(new Seeding() {

			@Override
			public String description() {
				return "the prebuilt demo network (" + manifest.people() + " people, seed " + manifest.seed()
						+ ", as of " + manifest.asOf() + ")";
			}

			@Override
			public void writeInto(Path staging) throws IOException {
				unzip(classLoader, staging);
			}

		});
	}

	/**
	 * Unpacks the shipped archive.
	 * @param classLoader where the archive lies
	 * @param target the directory to unpack into
	 * @throws IOException if the archive is missing, damaged or cannot be written out
	 */
	static void unzip(ClassLoader classLoader, Path target) throws IOException {
		try (InputStream resource = classLoader.getResourceAsStream(ARCHIVE)) {
			if (resource == null) {
				throw new IOException(ARCHIVE + " is not on the class path");
			}
			try (ZipInputStream zip = new ZipInputStream(resource)) {
				Path root = target.toAbsolutePath().normalize();
				for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
					Path file = root.resolve(entry.getName()).normalize();
					if (!file.startsWith(root)) {
						throw new IOException(ARCHIVE + " has an entry outside its root: " + entry.getName());
					}
					if (entry.isDirectory()) {
						Files.createDirectories(file);
						continue;
					}
					Files.createDirectories(file.getParent());
					try (OutputStream out = Files.newOutputStream(file)) {
						zip.transferTo(out);
					}
				}
			}
		}
	}

}
