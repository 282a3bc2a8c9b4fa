package org.boomerang.importing;

import java.util.List;

/**
 * An import document (or a mutation that shares its rules) was refused; nothing was
 * written.
 */
public class ImportRejectedException extends RuntimeException {

	private final List<ImportProblem> problems;

	public ImportRejectedException(List<ImportProblem> problems) {
		super(summary(problems));
		this.problems = List.copyOf(problems);
	}

	/**
	 * Every problem found, in document order.
	 * @return the problems
	 */
	public List<ImportProblem> problems() {
		return this.problems;
	}

	private static String summary(List<ImportProblem> problems) {
		StringBuilder text = new StringBuilder("The document was refused (").append(problems.size())
			.append(problems.size() == 1 ? " problem" : " problems")
			.append("); nothing was written: ");
		for (int i = 0; i < Math.min(problems.size(), 5); i++) {
			if (i > 0) {
				text.append("; ");
			}
			text.append(problems.get(i).path()).append(": ").append(problems.get(i).message());
		}
		if (problems.size() > 5) {
			text.append("; and ").append(problems.size() - 5).append(" more");
		}
		return text.toString();
	}

}
