package org.boomerang.importing;

/**
 * Hears how far an import has got: the first reading checks every entity, the second
 * writes them. The {@code import} command shows it on the terminal; the service logs it.
 */
public interface ImportProgress {

	/** Hears nothing. */
	ImportProgress NONE = new ImportProgress() {
	};

	/**
	 * Entities checked so far in the first reading.
	 * @param entities how many
	 * @param bytesRead how much of the document is read (0 when not known)
	 * @param bytesTotal the document's length (0 when not known)
	 */
	default void checking(long entities, long bytesRead, long bytesTotal) {
	}

	/**
	 * Entities written (or found unchanged) so far in the second reading; called after
	 * each committed batch.
	 * @param entities how many
	 * @param total how many the document holds
	 */
	default void writing(long entities, long total) {
	}

}
