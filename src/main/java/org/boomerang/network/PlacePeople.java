package org.boomerang.network;

import java.util.List;

import org.boomerang.person.Person;

/**
 * The person-level view of one place in a window: its people (named when the reader may
 * see them) and the ties between them.
 *
 * @param people everyone on either side of the place's transfers, busiest first
 * @param ties one per pair of people who exchanged knowledge
 */
record PlacePeople(List<PlacePerson> people, List<PersonTie> ties) {

	/**
	 * One person of the view.
	 *
	 * @param key the person's id, or an opaque key for someone the reader may not see
	 * @param person the person, null when hidden from the reader
	 * @param inside whether they stood at the place on the day of one of the transfers
	 * @param transfers how many of the transfers they taught or learned in
	 */
	record PlacePerson(String key, Person person, boolean inside, int transfers) {
	}

	/**
	 * Two people who exchanged knowledge, by their keys.
	 *
	 * @param a one key
	 * @param b the other key
	 * @param transfers transfers between them, either way
	 */
	record PersonTie(String a, String b, int transfers) {
	}

}
