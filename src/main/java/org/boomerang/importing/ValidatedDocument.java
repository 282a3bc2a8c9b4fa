package org.boomerang.importing;

import java.util.List;
import java.util.Map;

import org.boomerang.api.Problem;

/**
 * An import document after its own checks: normalised rows per kind, the ids it defines,
 * what it refers to, and the problems found so far.
 *
 * @param rows normalised rows per kind, in document order
 * @param defined ids defined per kind, with the path that defines each
 * @param references references to check against the document and the graph
 * @param broader each skill's broader skills, for the cycle check
 * @param transfersInOtherMentorships transfers naming a mentorship not in this document
 * @param problems problems found so far
 */
record ValidatedDocument(Map<Kind, List<Map<String, Object>>> rows, Map<Kind, Map<String, String>> defined,
		List<DocumentValidator.Reference> references, Map<String, List<String>> broader,
		List<DocumentValidator.TransferInMentorship> transfersInOtherMentorships, List<Problem> problems) {

	int size() {
		return this.rows.values().stream().mapToInt(List::size).sum();
	}

}
