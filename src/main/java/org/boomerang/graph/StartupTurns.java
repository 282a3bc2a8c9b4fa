package org.boomerang.graph;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Makes the background work that start-up steps begin (index builds, warm-ups) take
 * turns: one at a time, in the order the steps asked, instead of all at once. Each is
 * mostly cold Cypher compilation in the database; four at once on two cores starved the
 * first requests of the web server that opens meanwhile (a first {@code { __typename }}
 * took over a second). A step reserves its turn in
 * {@link GraphReadyListener#graphReady()} (so the order is the listeners' order) and runs
 * it on its own thread.
 */
@Component
public class StartupTurns {

	private static final Logger log = LoggerFactory.getLogger(StartupTurns.class);

	private long nextTicket;

	private long serving;

	/** Turns given up before they came: passed over when they do. */
	private final Set<Long> givenUp = new HashSet<>();

	/**
	 * Reserves the next turn. Every reserved turn must be {@link Turn#run run}, or the
	 * later ones never come.
	 * @param what the work, for the log
	 * @return the turn
	 */
	public synchronized Turn reserve(String what) {
		return new Turn(this.nextTicket++, what);
	}

	/**
	 * Whether every turn reserved so far has ended.
	 * @return whether no start-up work is waiting or running
	 */
	public synchronized boolean idle() {
		return this.serving >= this.nextTicket;
	}

	/**
	 * Waits until every turn reserved so far has ended.
	 * @param timeout how long to wait at most
	 * @return whether they all ended in time
	 * @throws InterruptedException if interrupted while waiting
	 */
	public synchronized boolean awaitAll(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!idle()) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				return false;
			}
			TimeUnit.NANOSECONDS.timedWait(this, left);
		}
		return true;
	}

	private synchronized void await(long ticket) throws InterruptedException {
		while (this.serving != ticket) {
			wait();
		}
	}

	private synchronized void finish(long ticket) {
		this.serving = ticket + 1;
		while (this.givenUp.remove(this.serving)) {
			this.serving++;
		}
		notifyAll();
	}

	private synchronized void giveUp(long ticket) {
		if (this.serving == ticket) {
			finish(ticket);
		}
		else {
			this.givenUp.add(ticket);
		}
	}

	/** One reserved turn. */
	public final class Turn {

		private final long ticket;

		private final String what;

		private Turn(long ticket, String what) {
			this.ticket = ticket;
			this.what = what;
		}

		/**
		 * Waits for the turns reserved before this one to end, then runs the work and
		 * ends this turn, whether the work fails or not. Interrupted while waiting (a
		 * shutdown), it ends the turn without running the work.
		 * @param work what to do in this turn
		 */
		public void run(Runnable work) {
			try {
				await(this.ticket);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				log.debug("{}: not run, interrupted while waiting for its turn", this.what);
				giveUp(this.ticket);
				return;
			}
			try {
				work.run();
			}
			finally {
				finish(this.ticket);
			}
		}

	}

}
