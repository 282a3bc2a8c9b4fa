package org.boomerang.network;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Person-level window networks shaped like the generated demo network's (for benchmarks):
 * people in 60 communities of uneven size, some in two; most ties inside a community,
 * some across; a few popular teachers per community; about 2.3 distinct ties per person,
 * as a one-year window of the 100,000-person, 1,000,000-transfer network has (about
 * 225,000 distinct pairs).
 */
final class SyntheticNetworks {

	static final int COMMUNITIES = 60;

	private SyntheticNetworks() {
	}

	/**
	 * @param people people in the network
	 * @param tiesPerPerson distinct ties per person
	 * @param across share of ties that leave the community
	 * @param seed seed
	 * @return the network
	 */
	static PersonNetwork window(int people, double tiesPerPerson, double across, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		double[] weight = new double[COMMUNITIES];
		double total = 0;
		for (int c = 0; c < COMMUNITIES; c++) {
			weight[c] = 1 / Math.pow(c + 1, 0.7);
			total += weight[c];
		}
		List<List<Integer>> members = new ArrayList<>();
		for (int c = 0; c < COMMUNITIES; c++) {
			members.add(new ArrayList<>());
		}
		int[][] communities = new int[people][];
		for (int p = 0; p < people; p++) {
			int home = pick(random, weight, total);
			if (random.nextDouble() < 0.15) {
				int second = (home + 1 + random.nextInt(COMMUNITIES - 1)) % COMMUNITIES;
				communities[p] = new int[] { home, second };
				members.get(second).add(p);
			}
			else {
				communities[p] = new int[] { home };
			}
			members.get(home).add(p);
		}
		PersonNetwork.Builder builder = PersonNetwork.builder();
		Set<Long> seen = new HashSet<>();
		long target = Math.round(people * tiesPerPerson);
		for (long attempt = 0; seen.size() < target && attempt < target * 10; attempt++) {
			int a = random.nextInt(people);
			int community = (random.nextDouble() < across) ? pick(random, weight, total)
					: communities[a][random.nextInt(communities[a].length)];
			List<Integer> pool = members.get(community);
			if (pool.isEmpty()) {
				continue;
			}
			// Squaring the draw makes the first members of a community its popular
			// teachers.
			double u = random.nextDouble();
			int b = pool.get((int) (pool.size() * u * u));
			if (a == b || !seen.add(((long) Math.min(a, b) << 32) | Math.max(a, b))) {
				continue;
			}
			int transfers = (random.nextDouble() < 0.12) ? 5 + random.nextInt(36) : 1 + random.nextInt(2);
			builder.tie("p" + a, places(communities[a]), "p" + b, places(communities[b]), transfers);
		}
		return builder.build();
	}

	private static List<String> places(int[] communities) {
		List<String> places = new ArrayList<>(communities.length);
		for (int c : communities) {
			places.add("c" + c);
		}
		return places;
	}

	private static int pick(SplittableRandom random, double[] weight, double total) {
		double r = random.nextDouble() * total;
		for (int c = 0; c < weight.length; c++) {
			r -= weight[c];
			if (r < 0) {
				return c;
			}
		}
		return weight.length - 1;
	}

}
