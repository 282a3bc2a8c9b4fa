package org.boomerang.importing;

import java.util.ArrayList;
import java.util.List;

import org.boomerang.api.Problem;

/**
 * The problems of one import, the first {@link #MAX} of them kept and the rest counted (a
 * broken feed can have millions), with a last problem that says how many were left out.
 */
final class CappedProblems {

	/** Most problems reported for one document. */
	static final int MAX = 1000;

	private final List<Problem> kept = new ArrayList<>();

	private int more;

	void add(Problem problem) {
		if (this.kept.size() < MAX) {
			this.kept.add(problem);
		}
		else {
			this.more++;
		}
	}

	boolean isEmpty() {
		return this.kept.isEmpty();
	}

	/**
	 * The problems kept, and one at {@code path} counting those left out.
	 * @param path where the counting problem points
	 * @param advice what to do about those left out, appended to the count
	 * @return the problems
	 */
	List<Problem> list(String path, String advice) {
		if (this.more == 0) {
			return this.kept;
		}
		List<Problem> all = new ArrayList<>(this.kept);
		all.add(new Problem(path, "and " + this.more + " more problems, not listed" + advice));
		return all;
	}

}
