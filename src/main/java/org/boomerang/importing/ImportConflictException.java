package org.boomerang.importing;

import java.util.List;
import java.util.Map;

import org.boomerang.api.Problem;

/**
 * A valid document met a conflict while it was written, after some of its batches were
 * committed: another write took a mentor's last place, recorded a transfer under the same
 * id with other content, or added a taxonomy link that closes a cycle, after the document
 * was checked. The batch that met the conflict was rolled back and nothing after it was
 * written. The committed batches stay: re-sending the document, once its problems are
 * settled, finds them unchanged and writes the rest.
 */
public class ImportConflictException extends RuntimeException {

	private final List<Problem> problems;

	private final ImportResult written;

	private final Map<String, Integer> committed;

	ImportConflictException(List<Problem> problems, ImportResult written, Map<String, Integer> committed) {
		super("The document was partly written: " + problems.size() + " conflict(s) with writes made after it was"
				+ " checked stopped it at " + committed, null, false, false);
		this.problems = List.copyOf(problems);
		this.written = written;
		this.committed = committed;
	}

	/**
	 * The conflicts, each with the path of the entity at fault.
	 * @return the problems
	 */
	public List<Problem> problems() {
		return this.problems;
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
