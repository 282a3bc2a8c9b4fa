package org.boomerang.teaching.index;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Small ints for the ids the index meets: a stable slot per person, a code per skill and
 * per place (institution or profession). Codes are never taken back, so an array indexed
 * by them only grows; readers may look up while a writer adds.
 */
final class Codes {

	private final Map<String, Integer> slots = new ConcurrentHashMap<>();

	private final Map<String, Integer> skills = new ConcurrentHashMap<>();

	private final Map<String, Integer> places = new ConcurrentHashMap<>();

	int people() {
		return this.slots.size();
	}

	int skills() {
		return this.skills.size();
	}

	/** Gives a person a slot unless they have one. */
	void addPerson(String id) {
		this.slots.computeIfAbsent(id, (key) -> this.slots.size());
	}

	/** A person's slot, or null. */
	Integer slot(String id) {
		return this.slots.get(id);
	}

	/** A skill's code, or -1 when no one was ever indexed with it. */
	int skill(String id) {
		Integer code = this.skills.get(id);
		return (code != null) ? code : -1;
	}

	/**
	 * A place's code for a filter: -1 when no place is asked for, and a code that matches
	 * nobody for a place nobody is linked to.
	 */
	int place(String id) {
		if (id == null) {
			return -1;
		}
		Integer code = this.places.get(id);
		return (code != null) ? code : Integer.MIN_VALUE;
	}

	int[] skillCodes(String[] ids) {
		return codes(ids, this.skills);
	}

	int[] placeCodes(String[] ids) {
		return codes(ids, this.places);
	}

	private static int[] codes(String[] ids, Map<String, Integer> dictionary) {
		int[] codes = new int[ids.length];
		for (int i = 0; i < codes.length; i++) {
			codes[i] = dictionary.computeIfAbsent(ids[i], (id) -> dictionary.size());
		}
		return codes;
	}

}
