package org.boomerang.importing;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The threads an import starts beside the one that reads the document: the comparisons of
 * the document with the graph ({@link DocumentSurvey}) and the writing of batches
 * ({@link ImportWriter}). Each import starts and stops its own, so they do not wait
 * behind another import or the service's background work.
 */
final class ImportThreads {

	private ImportThreads() {
	}

	/**
	 * One daemon thread (a JVM that is stopped does not wait for it; the import's
	 * transaction then rolls back).
	 * @param name the thread's name
	 * @return the executor; the import shuts it down
	 */
	static ExecutorService single(String name) {
		return Executors.newSingleThreadExecutor((task) -> {
			Thread thread = new Thread(task, name);
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Several daemon threads, for work that can run side by side (reads that take no
	 * locks).
	 * @param name the threads' name
	 * @param threads how many
	 * @return the executor; the import shuts it down
	 */
	static ExecutorService several(String name, int threads) {
		return Executors.newFixedThreadPool(threads, (task) -> {
			Thread thread = new Thread(task, name);
			thread.setDaemon(true);
			return thread;
		});
	}

}
