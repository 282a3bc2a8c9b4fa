package org.boomerang.graph;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs the service's background work (the first-request warm-up, the builds of the skill,
 * teacher and flow indexes, later rebuilds) one task at a time, in the order it was
 * handed in, on a single thread that the application context starts and stops. Each task
 * is mostly cold Cypher compilation in the database: on two cores, four at once starved
 * the first requests of the web server that opens meanwhile (a first request took 2.7-2.8
 * s instead of 1.1-1.5 s). The start-up steps hand in their work from
 * {@link GraphReadyListener#graphReady()}, so the order is the listeners' order.
 */
@Component
public class BackgroundWork {

	private static final Logger log = LoggerFactory.getLogger(BackgroundWork.class);

	private final ThreadPoolTaskExecutor executor;

	/** Tasks handed in and not ended yet, waiting or running. */
	private final AtomicInteger unfinished = new AtomicInteger();

	private volatile boolean stopping;

	BackgroundWork(@Qualifier(BackgroundWorkConfiguration.EXECUTOR) ThreadPoolTaskExecutor executor) {
		this.executor = executor;
	}

	/**
	 * Queues a task after those handed in before it.
	 * @param what the work, for the log
	 * @param work the task; what it throws completes the returned future exceptionally,
	 * and the next task runs all the same
	 * @return completed when the task has ended, cancelled when it was dropped at
	 * shutdown before it ran
	 */
	public CompletableFuture<Void> submit(String what, Runnable work) {
		CompletableFuture<Void> ended = new CompletableFuture<>();
		// A FutureTask, so that the executor's shutdown cancels it when it drops it, and
		// done() sees every end: run, failed or dropped.
		FutureTask<Void> task = new FutureTask<>(() -> {
			long start = System.nanoTime();
			work.run();
			log.debug("{} ended after {} ms", what, (System.nanoTime() - start) / 1_000_000);
			return null;
		}) {
			@Override
			protected void done() {
				BackgroundWork.this.unfinished.decrementAndGet();
				if (isCancelled()) {
					ended.cancel(false);
					return;
				}
				try {
					ended.complete(get());
				}
				catch (ExecutionException ex) {
					ended.completeExceptionally(ex.getCause());
				}
				catch (InterruptedException ex) {
					// Not reached: the task has ended, so get() does not wait.
					Thread.currentThread().interrupt();
					ended.completeExceptionally(ex);
				}
			}
		};
		this.unfinished.incrementAndGet();
		try {
			this.executor.execute(task);
		}
		catch (RuntimeException ex) {
			task.cancel(false);
			throw ex;
		}
		return ended;
	}

	/**
	 * Whether every task handed in so far has ended.
	 * @return whether no background work is waiting or running
	 */
	public boolean idle() {
		return this.unfinished.get() == 0;
	}

	/**
	 * Whether the application is shutting down: a task that fails now was most likely cut
	 * short by it, which is no news.
	 * @return whether the context is closing
	 */
	public boolean stopping() {
		return this.stopping;
	}

	@EventListener
	void contextClosed(ContextClosedEvent event) {
		this.stopping = true;
	}

}
