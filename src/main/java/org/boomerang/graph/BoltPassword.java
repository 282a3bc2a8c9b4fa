package org.boomerang.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The password of the embedded database's {@code neo4j} user, generated once (256 random
 * bits) and kept in the data directory in {@value #FILE_NAME}, readable by the service's
 * user only, so that the service's driver and people's tools (cypher-shell, Neo4j
 * Browser) can sign in over Bolt and nobody else on the machine can.
 *
 * @param file where the password is kept
 * @param value the password
 * @param created whether this start generated it (the database does not know it yet)
 */
record BoltPassword(Path file, String value, boolean created) {

	/** The file in the data directory that holds the password. */
	static final String FILE_NAME = "bolt-password";

	/** The user the service and people's tools sign in as. */
	static final String USER = "neo4j";

	private static final Logger log = LoggerFactory.getLogger(BoltPassword.class);

	private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
			PosixFilePermission.OWNER_WRITE);

	private static final SecureRandom RANDOM = new SecureRandom();

	@Override
	public String toString() {
		// Never into a log by accident.
		return "BoltPassword[" + this.file + "]";
	}

	/**
	 * Reads the password kept in the data directory, or generates one and keeps it there
	 * (owner-only permissions from the moment the file exists). A kept file that others
	 * may read is narrowed to its owner.
	 * @param dataDir the embedded database's data directory (existing)
	 * @return the password
	 * @throws IOException if it cannot be read or written
	 */
	static BoltPassword readOrCreate(Path dataDir) throws IOException {
		Path file = dataDir.resolve(FILE_NAME);
		if (Files.exists(file)) {
			String value = Files.readString(file, StandardCharsets.UTF_8).strip();
			if (!value.isEmpty()) {
				ownerOnly(file);
				return new BoltPassword(file, value, false);
			}
			log.warn("{} is empty: a new password is generated", file.toAbsolutePath());
		}
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		boolean posix = Files.getFileAttributeView(dataDir, PosixFileAttributeView.class) != null;
		FileAttribute<?>[] attributes = posix
				? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(OWNER_ONLY) } : new FileAttribute<?>[0];
		// Written whole beside the file, then moved in: a crash leaves no half password.
		Path staging = Files.createTempFile(dataDir, ".bolt-password-", ".tmp", attributes);
		try {
			Files.writeString(staging, value + "\n", StandardCharsets.UTF_8);
			try {
				Files.move(staging, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException | FileAlreadyExistsException ex) {
				Files.move(staging, file, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		finally {
			Files.deleteIfExists(staging);
		}
		if (!posix) {
			log.warn("The file system of {} has no POSIX permissions: make sure only the service's user can read {}, "
					+ "the password of the embedded database", dataDir.toAbsolutePath(), file.toAbsolutePath());
		}
		return new BoltPassword(file, value, true);
	}

	private static void ownerOnly(Path file) throws IOException {
		PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
		if (view == null) {
			log.warn("The file system of {} has no POSIX permissions: make sure only the service's user can read it",
					file.toAbsolutePath());
			return;
		}
		if (!view.readAttributes().permissions().equals(OWNER_ONLY)) {
			log.warn("{} could be read by others: it is now readable by its owner only", file.toAbsolutePath());
			view.setPermissions(OWNER_ONLY);
		}
	}

}
