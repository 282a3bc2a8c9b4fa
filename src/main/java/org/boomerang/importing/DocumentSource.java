package org.boomerang.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An import document that can be read more than once, as a stream of JSON tokens: the
 * import reads it once to check it and again to write it, holding one entity at a time. A
 * file is read in place; a request body is first copied to a temporary file (deleted on
 * {@link #close()}); a document already in memory is read from its tree.
 */
public abstract class DocumentSource implements AutoCloseable {

	static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

	private DocumentSource() {
	}

	/**
	 * A document (or an HR feed) in a file, read in place; it must not change while it is
	 * imported.
	 * @param file the file
	 * @return the source
	 */
	public static DocumentSource of(Path file) {
		return new FileSource(file, false);
	}

	/**
	 * A document already parsed.
	 * @param document the tree
	 * @return the source
	 */
	public static DocumentSource of(JsonNode document) {
		return new TreeSource(document);
	}

	/**
	 * Copies a stream (a request body, a JSON document or an HR feed) to a temporary
	 * file, which {@link #close()} deletes.
	 * @param body the document's bytes; not closed
	 * @return the source
	 * @throws UncheckedIOException when the stream cannot be read or the file written
	 */
	public static DocumentSource spool(InputStream body) {
		Path file = null;
		try {
			file = Files.createTempFile("boomerang-import-", ".tmp");
			try (OutputStream out = Files.newOutputStream(file)) {
				body.transferTo(out);
			}
			return new FileSource(file, true);
		}
		catch (IOException ex) {
			deleteQuietly(file);
			throw new UncheckedIOException("the document could not be read: " + ex.getMessage(), ex);
		}
		catch (RuntimeException ex) {
			deleteQuietly(file);
			throw ex;
		}
	}

	/**
	 * A new parser positioned before the first token.
	 * @return the parser; the caller closes it
	 */
	abstract JsonParser open();

	/**
	 * The document's bytes, for formats other than JSON (an HR feed's CSV).
	 * @return a new stream; the caller closes it
	 * @throws UnsupportedOperationException for a document given as a tree
	 */
	abstract InputStream stream();

	/**
	 * The document's length in bytes, for progress; 0 when it is not known.
	 * @return the length
	 */
	abstract long length();

	/**
	 * Fails when the document changed since it was first read (a file edited during its
	 * import), since the second reading would then write what was not checked.
	 */
	abstract void checkUnchanged();

	@Override
	public void close() {
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// A temporary file left behind is no reason to fail the import.
			}
		}
	}

	private static final class FileSource extends DocumentSource {

		private final Path file;

		private final boolean temporary;

		private final long length;

		private final FileTime modified;

		FileSource(Path file, boolean temporary) {
			this.file = file;
			this.temporary = temporary;
			try {
				this.length = Files.size(file);
				this.modified = Files.getLastModifiedTime(file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read " + file + ": " + ex.getMessage(), ex);
			}
		}

		@Override
		JsonParser open() {
			return JSON.createParser(stream());
		}

		@Override
		InputStream stream() {
			try {
				return new BufferedInputStream(Files.newInputStream(this.file), 1 << 16);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read " + this.file + ": " + ex.getMessage(), ex);
			}
		}

		@Override
		long length() {
			return this.length;
		}

		@Override
		void checkUnchanged() {
			try {
				if (Files.size(this.file) != this.length
						|| !Files.getLastModifiedTime(this.file).equals(this.modified)) {
					throw new IllegalStateException(this.file + " changed while it was being imported; nothing"
							+ " more is written: import it again once it is complete");
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read " + this.file + ": " + ex.getMessage(), ex);
			}
		}

		@Override
		public void close() {
			if (this.temporary) {
				deleteQuietly(this.file);
			}
		}

	}

	private static final class TreeSource extends DocumentSource {

		private final JsonNode document;

		TreeSource(JsonNode document) {
			this.document = document;
		}

		@Override
		JsonParser open() {
			return JSON.treeAsTokens(this.document);
		}

		@Override
		InputStream stream() {
			throw new UnsupportedOperationException("a document given as a tree has no bytes");
		}

		@Override
		long length() {
			return 0;
		}

		@Override
		void checkUnchanged() {
			// A tree is not changed behind the import's back.
		}

	}

}
