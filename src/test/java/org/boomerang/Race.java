package org.boomerang;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs tasks on their own threads, released together by a barrier, and waits a bounded
 * time for all of them: the way the race tests make writes compete for the same thing.
 */
public final class Race {

	/** Longest wait for one round; it guards against a hang, it is not a timing. */
	private static final Duration BOUND = Duration.ofMinutes(2);

	private Race() {
	}

	/**
	 * Runs the tasks at once.
	 * @param tasks what each thread does once released
	 * @param <T> what a task answers
	 * @return the answers, in the order of the tasks
	 * @throws Exception what a task threw, or a timeout
	 */
	public static <T> List<T> run(List<Callable<T>> tasks) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
		try {
			CyclicBarrier barrier = new CyclicBarrier(tasks.size());
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> task : tasks) {
				futures.add(pool.submit(() -> {
					barrier.await(BOUND.toSeconds(), TimeUnit.SECONDS);
					return task.call();
				}));
			}
			List<T> answers = new ArrayList<>();
			long deadline = System.nanoTime() + BOUND.toNanos();
			for (Future<T> future : futures) {
				answers.add(future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
