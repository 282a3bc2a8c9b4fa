package org.boomerang.graph;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Background start-up work takes turns in the order the turns were reserved, whichever
 * thread gets to its turn first; work that fails or a turn given up does not hold up the
 * turns after it.
 */
class StartupTurnsTests {

	private static final Duration PATIENCE = Duration.ofMinutes(1);

	@Test
	void turns_run_one_at_a_time_in_the_order_they_were_reserved() throws Exception {
		StartupTurns turns = new StartupTurns();
		List<StartupTurns.Turn> reserved = List.of(turns.reserve("a"), turns.reserve("b"), turns.reserve("c"));
		List<String> ran = new CopyOnWriteArrayList<>();
		CountDownLatch done = new CountDownLatch(3);
		// Started last to first: each waits for the turns before its own.
		for (int i = 2; i >= 0; i--) {
			String name = "abc".substring(i, i + 1);
			StartupTurns.Turn turn = reserved.get(i);
			Thread thread = new Thread(() -> {
				turn.run(() -> {
					ran.add(name + " starts");
					ran.add(name + " ends");
				});
				done.countDown();
			});
			thread.start();
			Thread.sleep(50);
		}
		boolean allRan = done.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
		assertThat(allRan).isTrue();
		assertThat(ran).containsExactly("a starts", "a ends", "b starts", "b ends", "c starts", "c ends");
	}

	@Test
	void waiting_for_all_turns_ends_when_the_last_reserved_turn_has_ended() throws Exception {
		StartupTurns turns = new StartupTurns();
		assertThat(turns.idle()).as("nothing reserved").isTrue();
		StartupTurns.Turn turn = turns.reserve("slow");
		assertThat(turns.idle()).as("a turn reserved and not run yet").isFalse();
		Thread thread = new Thread(() -> turn.run(() -> {
		}));
		thread.start();
		// A guard against hanging, not a timing: the turn ends as soon as the thread
		// runs.
		boolean ended = turns.awaitAll(PATIENCE);
		assertThat(ended).isTrue();
		assertThat(turns.idle()).isTrue();
	}

	@Test
	void work_that_fails_ends_its_turn_and_the_next_one_runs() {
		StartupTurns turns = new StartupTurns();
		StartupTurns.Turn failing = turns.reserve("failing");
		StartupTurns.Turn next = turns.reserve("next");
		assertThatIllegalStateException().isThrownBy(() -> failing.run(() -> {
			throw new IllegalStateException("broken");
		}));
		boolean[] ran = new boolean[1];
		next.run(() -> ran[0] = true);
		assertThat(ran[0]).isTrue();
	}

	@Test
	void a_turn_given_up_while_waiting_is_passed_over() throws Exception {
		StartupTurns turns = new StartupTurns();
		StartupTurns.Turn first = turns.reserve("first");
		StartupTurns.Turn interrupted = turns.reserve("interrupted");
		StartupTurns.Turn last = turns.reserve("last");
		boolean[] ran = new boolean[2];
		Thread waiting = new Thread(() -> interrupted.run(() -> ran[0] = true));
		waiting.start();
		waiting.interrupt();
		waiting.join(PATIENCE.toMillis());
		assertThat(waiting.isAlive()).isFalse();
		first.run(() -> {
		});
		last.run(() -> ran[1] = true);
		assertThat(ran[0]).as("the interrupted turn's work").isFalse();
		assertThat(ran[1]).as("the turn after it").isTrue();
	}

}
