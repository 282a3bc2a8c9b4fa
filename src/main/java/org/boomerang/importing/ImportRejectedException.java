package org.boomerang.importing;

import java.util.List;

import org.boomerang.api.BadRequestException;
import org.boomerang.api.Problem;

/**
 * An import document (or a mutation that shares its rules) was refused; nothing was
 * written. Its problems carry JSON paths into the document
 * ({@code $.people[17].skills[2].level}).
 */
public class ImportRejectedException extends BadRequestException {

	public ImportRejectedException(List<Problem> problems) {
		super(summary(problems), problems);
	}

	private static String summary(List<Problem> problems) {
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
