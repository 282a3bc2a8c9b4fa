package org.boomerang.importing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds cycles in the skill taxonomy's broader links: before an import writes (the
 * document's links with the stored links of skills it does not restate), and again while
 * it writes them, with the skills involved locked (the links written meanwhile by others
 * included).
 */
final class TaxonomyCycles {

	private TaxonomyCycles() {
	}

	/**
	 * The cycles reachable from some skills, each once.
	 * @param starts where to look from
	 * @param edges each skill's broader skills
	 * @return the cycles, each as the skills on it in order
	 */
	static List<List<String>> find(Collection<String> starts, Map<String, List<String>> edges) {
		Set<String> done = new HashSet<>();
		Set<String> reported = new HashSet<>();
		List<List<String>> cycles = new ArrayList<>();
		for (String skill : starts) {
			List<String> cycle = findCycle(skill, edges, done);
			if (cycle != null && reported.add(String.join(">", sorted(cycle)))) {
				cycles.add(cycle);
			}
		}
		return cycles;
	}

	static String describe(List<String> cycle) {
		return String.join(" -> ", cycle) + " -> " + cycle.get(0);
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
