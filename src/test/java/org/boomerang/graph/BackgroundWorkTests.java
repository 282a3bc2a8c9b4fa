package org.boomerang.graph;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Background work runs one task at a time in the order it was handed in; a task that
 * fails does not hold up the ones after it; closing the executor interrupts the running
 * task and drops the waiting ones.
 */
class BackgroundWorkTests {

	/** A guard against hanging, not a timing: every task here ends at once. */
	private static final Duration PATIENCE = Duration.ofMinutes(1);

	private ThreadPoolTaskExecutor executor;

	private BackgroundWork work;

	@BeforeEach
	void start() {
		this.executor = new BackgroundWorkConfiguration().backgroundWorkExecutor();
		this.executor.initialize();
		this.work = new BackgroundWork(this.executor);
	}

	@AfterEach
	void stop() {
		this.executor.destroy();
	}

	@Test
	void tasks_run_one_at_a_time_in_the_order_they_were_handed_in() {
		List<String> ran = new CopyOnWriteArrayList<>();
		CountDownLatch gate = new CountDownLatch(1);
		for (String name : List.of("a", "b", "c")) {
			this.work.submit(name, () -> {
				ran.add(name + " starts");
				if (name.equals("a")) {
					awaitQuietly(gate);
				}
				ran.add(name + " ends");
			});
		}
		await().atMost(PATIENCE).until(() -> ran.contains("a starts"));
		// a holds the only thread: b and c wait for it.
		assertThat(ran).containsExactly("a starts");
		assertThat(this.work.idle()).isFalse();
		gate.countDown();
		await().atMost(PATIENCE).until(this.work::idle);
		assertThat(ran).containsExactly("a starts", "a ends", "b starts", "b ends", "c starts", "c ends");
	}

	@Test
	void a_task_that_fails_ends_its_turn_and_the_next_one_runs() {
		CompletableFuture<Void> failing = this.work.submit("failing", () -> {
			throw new IllegalStateException("broken");
		});
		boolean[] ran = new boolean[1];
		CompletableFuture<Void> next = this.work.submit("next", () -> ran[0] = true);
		await().atMost(PATIENCE).until(next::isDone);
		assertThat(failing).isCompletedExceptionally();
		assertThat(next).isCompletedWithValue(null);
		assertThat(ran[0]).isTrue();
		assertThat(this.work.idle()).isTrue();
	}

	@Test
	void idle_means_nothing_is_waiting_or_running() {
		assertThat(this.work.idle()).as("nothing handed in").isTrue();
		CountDownLatch gate = new CountDownLatch(1);
		this.work.submit("held", () -> awaitQuietly(gate));
		assertThat(this.work.idle()).as("a task waiting or running").isFalse();
		gate.countDown();
		await().atMost(PATIENCE).until(this.work::idle);
	}

	@Test
	void closing_interrupts_the_running_task_and_drops_the_waiting_ones() {
		CompletableFuture<Boolean> interrupted = new CompletableFuture<>();
		CountDownLatch never = new CountDownLatch(1);
		this.work.submit("running", () -> {
			try {
				never.await();
				interrupted.complete(false);
			}
			catch (InterruptedException ex) {
				interrupted.complete(true);
			}
		});
		boolean[] waitingRan = new boolean[1];
		CompletableFuture<Void> waiting = this.work.submit("waiting", () -> waitingRan[0] = true);
		await().atMost(PATIENCE).until(() -> this.executor.getActiveCount() == 1);
		this.executor.destroy();
		await().atMost(PATIENCE).until(interrupted::isDone);
		assertThat(interrupted).isCompletedWithValue(true);
		assertThat(waiting).isCancelled();
		assertThat(waitingRan[0]).isFalse();
	}

	private static void awaitQuietly(CountDownLatch gate) {
		try {
			gate.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
