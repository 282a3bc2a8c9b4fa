package org.boomerang.importing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.boomerang.api.Problem;

/**
 * Finds cycles that a document's {@code broader} lists would make in the skill taxonomy,
 * over the document's edges together with the stored edges of skills the document does
 * not redefine.
 */
final class TaxonomyCycles {

	private final ValidatedDocument document;

	private final ImportRepository repository;

	TaxonomyCycles(ValidatedDocument document, ImportRepository repository) {
		this.document = document;
		this.repository = repository;
	}

	void check(List<Problem> problems) {
		Map<String, List<String>> docEdges = this.document.broader();
		if (docEdges.values().stream().allMatch(List::isEmpty)) {
			return;
		}
		Set<String> outside = new HashSet<>();
		docEdges.values()
			.forEach((parents) -> parents.stream().filter((p) -> !docEdges.containsKey(p)).forEach(outside::add));
		Map<String, List<String>> edges = new HashMap<>(
				outside.isEmpty() ? Map.of() : this.repository.storedBroader(outside, docEdges.keySet()));
		edges.putAll(docEdges);
		Set<String> done = new HashSet<>();
		Set<String> reported = new HashSet<>();
		for (String skill : docEdges.keySet()) {
			List<String> cycle = findCycle(skill, edges, done);
			if (cycle != null && reported.add(String.join(">", sorted(cycle)))) {
				String at = this.document.defined().get(Kind.SKILLS).get(cycle.get(0));
				problems.add(new Problem(((at != null) ? at : "$.skills") + ".broader",
						"broader links would form a cycle: " + String.join(" -> ", cycle) + " -> " + cycle.get(0)
								+ "; a skill cannot be (indirectly) broader than itself"));
			}
		}
	}

	/**
	 * Iterative depth-first search from {@code start}; returns the skills on a cycle, if
	 * one is reachable and not seen before.
	 */
	private static List<String> findCycle(String start, Map<String, List<String>> edges, Set<String> done) {
		if (done.contains(start)) {
			return null;
		}
		Deque<String> path = new ArrayDeque<>();
		Set<String> onPath = new HashSet<>();
		Deque<Integer> next = new ArrayDeque<>();
		path.push(start);
		onPath.add(start);
		next.push(0);
		while (!path.isEmpty()) {
			String current = path.peek();
			List<String> parents = edges.getOrDefault(current, List.of());
			int i = next.pop();
			if (i < parents.size()) {
				next.push(i + 1);
				String parent = parents.get(i);
				if (onPath.contains(parent)) {
					List<String> cycle = new ArrayList<>();
					List<String> stack = new ArrayList<>(path);
					java.util.Collections.reverse(stack);
					for (int k = stack.indexOf(parent); k < stack.size(); k++) {
						cycle.add(stack.get(k));
					}
					return cycle;
				}
				if (!done.contains(parent)) {
					path.push(parent);
					onPath.add(parent);
					next.push(0);
				}
			}
			else {
				done.add(current);
				onPath.remove(path.pop());
			}
		}
		return null;
	}

	private static List<String> sorted(List<String> cycle) {
		List<String> copy = new ArrayList<>(cycle);
		copy.sort(String::compareTo);
		return copy;
	}

}
