package org.boomerang.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Content hashes of normalised rows: an entity whose hash is unchanged is not rewritten,
 * which is what makes re-importing a document leave the graph exactly as it was.
 */
final class Hashes {

	private Hashes() {
	}

	static String of(Map<String, Object> row) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			// Rows are LinkedHashMaps filled in a fixed order, so their text is
			// canonical.
			byte[] hash = digest.digest(row.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
