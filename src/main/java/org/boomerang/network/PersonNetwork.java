package org.boomerang.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The person-level network of a time window: people as vertices, and an undirected tie
 * between two people who had transfers (either way) or a mentorship in the window, with
 * how many transfers ran between them and the places (communities, professions or
 * institutions, one level at a time) that either of them had on the dates of those
 * transfers or that mentorship.
 * <p>
 * People are held in the order of their ids and each person's ties in the order of the
 * other person's id, whatever order they were added in, so that every computation over
 * the network (betweenness, its sampled sources, the order of equal scores) comes out the
 * same for the same window.
 */
final class PersonNetwork {

	private final String[] people;

	/**
	 * Compressed adjacency: the ties of person p are slots offsets[p] .. offsets[p+1]-1.
	 */
	private final int[] offsets;

	private final int[] neighbours;

	/** The tie (index into tieTransfers and tiePlaces) behind each adjacency slot. */
	private final int[] slotTies;

	private final int[] tieTransfers;

	/** Places of either end of each tie, as indexes into {@link #places}, ascending. */
	private final int[][] tiePlaces;

	private final String[] places;

	private PersonNetwork(String[] people, int[] offsets, int[] neighbours, int[] slotTies, int[] tieTransfers,
			int[][] tiePlaces, String[] places) {
		this.people = people;
		this.offsets = offsets;
		this.neighbours = neighbours;
		this.slotTies = slotTies;
		this.tieTransfers = tieTransfers;
		this.tiePlaces = tiePlaces;
		this.places = places;
	}

	static Builder builder() {
		return new Builder();
	}

	/** How many people have at least one tie. */
	int people() {
		return this.people.length;
	}

	/** How many distinct pairs of people are tied. */
	int ties() {
		return this.tieTransfers.length;
	}

	/** The id of the person at an index (0 .. people()-1, in id order). */
	String person(int index) {
		return this.people[index];
	}

	/**
	 * The index of a person, or a negative number when they have no tie in the window.
	 */
	int indexOf(String person) {
		return Arrays.binarySearch(this.people, person);
	}

	int degree(int person) {
		return this.offsets[person + 1] - this.offsets[person];
	}

	/** The person at one end of the person's k-th tie (0 .. degree-1). */
	int neighbour(int person, int k) {
		return this.neighbours[this.offsets[person] + k];
	}

	/** All transfers the person gave or received in the window. */
	int transfers(int person) {
		int sum = 0;
		for (int slot = this.offsets[person]; slot < this.offsets[person + 1]; slot++) {
			sum += this.tieTransfers[this.slotTies[slot]];
		}
		return sum;
	}

	/**
	 * The places a person bridges: every place at either end of any of their ties, as it
	 * was on the tie's dates, ordered by the person's transfers on ties touching the
	 * place (most first), then by place id.
	 */
	List<String> bridges(int person) {
		Map<Integer, Integer> weight = new HashMap<>();
		for (int slot = this.offsets[person]; slot < this.offsets[person + 1]; slot++) {
			int tie = this.slotTies[slot];
			for (int place : this.tiePlaces[tie]) {
				weight.merge(place, this.tieTransfers[tie], Integer::sum);
			}
		}
		List<Integer> ordered = new ArrayList<>(weight.keySet());
		// Place indexes follow place ids, so the index breaks ties in id order.
		ordered.sort((a, b) -> (!weight.get(a).equals(weight.get(b))) ? Integer.compare(weight.get(b), weight.get(a))
				: Integer.compare(a, b));
		return ordered.stream().map((place) -> this.places[place]).toList();
	}

	/**
	 * Collects ties one at a time, in any order; ties of the same pair add up.
	 */
	static final class Builder {

		private final Map<String, Integer> personIds = new HashMap<>();

		private final Map<Long, PendingTie> ties = new HashMap<>();

		private Builder() {
		}

		/**
		 * Adds transfers or a mentorship between two people.
		 * @param person one person's id
		 * @param personPlaces the places that person had on the dates of these transfers
		 * or this mentorship (may be empty)
		 * @param other the other person's id
		 * @param otherPlaces the places the other person had then
		 * @param transfers transfers between them, either way (0 for a mentorship without
		 * transfers in the window)
		 * @return this builder
		 */
		Builder tie(String person, Collection<String> personPlaces, String other, Collection<String> otherPlaces,
				int transfers) {
			requireId(person, "person");
			requireId(other, "other person");
			if (person.equals(other)) {
				throw new IllegalArgumentException("a tie needs two different people, but both ends are " + person);
			}
			if (transfers < 0) {
				throw new IllegalArgumentException(
						"transfers between " + person + " and " + other + " must be 0 or more, not " + transfers);
			}
			int a = id(person);
			int b = id(other);
			long key = ((long) Math.min(a, b) << 32) | Math.max(a, b);
			PendingTie tie = this.ties.computeIfAbsent(key, (k) -> new PendingTie());
			tie.transfers += transfers;
			addPlaces(tie, personPlaces, person);
			addPlaces(tie, otherPlaces, other);
			return this;
		}

		PersonNetwork build() {
			String[] people = this.personIds.keySet().toArray(String[]::new);
			Arrays.sort(people);
			int[] rank = new int[people.length];
			for (int i = 0; i < people.length; i++) {
				rank[this.personIds.get(people[i])] = i;
			}
			TreeSet<String> placeIds = new TreeSet<>();
			this.ties.values().forEach((tie) -> placeIds.addAll(tie.places));
			String[] places = placeIds.toArray(String[]::new);

			// Ties sorted by (lower, higher) end, so adjacency lists come out in id
			// order.
			long[][] ends = new long[this.ties.size()][];
			PendingTie[] pending = new PendingTie[this.ties.size()];
			int t = 0;
			for (Map.Entry<Long, PendingTie> entry : this.ties.entrySet()) {
				int a = rank[(int) (entry.getKey() >>> 32)];
				int b = rank[(int) (entry.getKey() & 0xFFFFFFFFL)];
				ends[t] = new long[] { Math.min(a, b), Math.max(a, b), t };
				pending[t++] = entry.getValue();
			}
			Arrays.sort(ends, (x, y) -> (x[0] != y[0]) ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));

			int[] tieTransfers = new int[ends.length];
			int[][] tiePlaces = new int[ends.length][];
			int[] offsets = new int[people.length + 1];
			for (int i = 0; i < ends.length; i++) {
				PendingTie tie = pending[(int) ends[i][2]];
				tieTransfers[i] = tie.transfers;
				tiePlaces[i] = tie.places.stream()
					.mapToInt((place) -> Arrays.binarySearch(places, place))
					.sorted()
					.toArray();
				offsets[(int) ends[i][0] + 1]++;
				offsets[(int) ends[i][1] + 1]++;
			}
			for (int p = 0; p < people.length; p++) {
				offsets[p + 1] += offsets[p];
			}
			int[] neighbours = new int[2 * ends.length];
			int[] slotTies = new int[2 * ends.length];
			int[] next = Arrays.copyOf(offsets, people.length);
			// Lower ends first: each person's lower neighbours arrive (in order) from
			// ties
			// where they are the higher end, before their higher neighbours.
			List<int[]> byHigher = new ArrayList<>(ends.length);
			for (int i = 0; i < ends.length; i++) {
				byHigher.add(new int[] { (int) ends[i][1], (int) ends[i][0], i });
			}
			byHigher.sort((x, y) -> (x[0] != y[0]) ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
			for (int[] tie : byHigher) {
				int slot = next[tie[0]]++;
				neighbours[slot] = tie[1];
				slotTies[slot] = tie[2];
			}
			for (int i = 0; i < ends.length; i++) {
				int slot = next[(int) ends[i][0]]++;
				neighbours[slot] = (int) ends[i][1];
				slotTies[slot] = i;
			}
			return new PersonNetwork(people, offsets, neighbours, slotTies, tieTransfers, tiePlaces, places);
		}

		private int id(String person) {
			return this.personIds.computeIfAbsent(person, (p) -> this.personIds.size());
		}

		private static void addPlaces(PendingTie tie, Collection<String> places, String person) {
			if (places == null) {
				throw new IllegalArgumentException("the places of " + person + " must be given (empty when unknown)");
			}
			for (String place : places) {
				if (place == null || place.isBlank()) {
					throw new IllegalArgumentException("a place of " + person + " is blank");
				}
				tie.places.add(place);
			}
		}

		private static void requireId(String id, String what) {
			if (id == null || id.isBlank()) {
				throw new IllegalArgumentException("the " + what + " of a tie has no id");
			}
		}

	}

	private static final class PendingTie {

		int transfers;

		final TreeSet<String> places = new TreeSet<>();

		private PendingTie() {
		}

	}

}
