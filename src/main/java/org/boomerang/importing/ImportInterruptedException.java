package org.boomerang.importing;

import java.util.Map;

/**
 * An import failed (the database went away, the process is shutting down) after some of
 * its batches were committed. They stay written; re-sending the whole document finds them
 * unchanged and completes the rest.
 */
public class ImportInterruptedException extends RuntimeException {

	private final ImportResult written;

	private final Map<String, Integer> committed;

	ImportInterruptedException(RuntimeException cause, ImportResult written, Map<String, Integer> committed) {
		super("The import was interrupted after writing " + committed + ": " + cause.getMessage(), cause);
		this.written = written;
		this.committed = committed;
	}

	/**
	 * What the committed batches hold, per kind.
	 * @return the counts
	 */
	public ImportResult written() {
		return this.written;
	}

	/**
	 * How many entities of each list, counted from its start, are written.
	 * @return per document key
	 */
	public Map<String, Integer> committed() {
		return this.committed;
	}

}
