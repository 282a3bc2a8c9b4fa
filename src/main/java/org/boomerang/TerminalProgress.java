package org.boomerang;

import java.io.PrintStream;
import java.util.Locale;

import org.boomerang.importing.ImportProgress;

/**
 * Shows an import's progress on the terminal: how many entities are checked, then
 * written, at what rate, and about how long is left. On a terminal one line is rewritten
 * in place twice a second; in a log (no console) a line is added every ten seconds.
 */
final class TerminalProgress implements ImportProgress {

	private final PrintStream out;

	private final boolean console;

	private final long start = System.nanoTime();

	private final long every;

	private long phaseStart = this.start;

	private long last;

	private String phase = "";

	private boolean pending;

	TerminalProgress(PrintStream out, boolean console) {
		this.out = out;
		this.console = console;
		this.every = console ? 500_000_000L : 10_000_000_000L;
	}

	@Override
	public void checking(long entities, long bytesRead, long bytesTotal) {
		if (!enter("checking")) {
			return;
		}
		double fraction = (bytesTotal > 0) ? (double) bytesRead / bytesTotal : -1;
		show(String.format(Locale.ROOT, "checking: %,d entities%s, %,.0f/s%s", entities,
				(fraction >= 0) ? String.format(Locale.ROOT, " (%.0f%% of the document)", fraction * 100) : "",
				rate(entities), left(fraction)));
	}

	@Override
	public void writing(long entities, long total) {
		if (!enter("writing")) {
			return;
		}
		double fraction = (total > 0) ? (double) entities / total : -1;
		show(String.format(Locale.ROOT, "writing: %,d of %,d entities (%.0f%%), %,.0f/s%s", entities, total,
				fraction * 100, rate(entities), left(fraction)));
	}

	/** Ends the line being rewritten, before the summary is printed. */
	void done() {
		if (this.console && this.pending) {
			this.out.println();
			this.pending = false;
		}
	}

	private boolean enter(String phase) {
		long now = System.nanoTime();
		if (!phase.equals(this.phase)) {
			done();
			this.phase = phase;
			this.phaseStart = now;
			this.last = now;
			return false;
		}
		if (now - this.last < this.every) {
			return false;
		}
		this.last = now;
		return true;
	}

	private double rate(long entities) {
		double seconds = (System.nanoTime() - this.phaseStart) / 1e9;
		return (seconds > 0) ? entities / seconds : 0;
	}

	private String left(double fraction) {
		if (fraction <= 0 || fraction >= 1) {
			return "";
		}
		double seconds = (System.nanoTime() - this.phaseStart) / 1e9 * (1 - fraction) / fraction;
		return (seconds < 90) ? String.format(Locale.ROOT, ", about %.0f s left", seconds)
				: String.format(Locale.ROOT, ", about %.0f min left", seconds / 60);
	}

	private void show(String line) {
		if (this.console) {
			this.out.print("\r" + line + "\u001b[K");
			this.out.flush();
			this.pending = true;
		}
		else {
			this.out.println(line);
		}
	}

}
