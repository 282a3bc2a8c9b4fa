package org.boomerang.network;

import java.util.List;

import org.boomerang.person.Person;

/**
 * A broker as the schema's {@code Broker} shows it: the person, as the reader may see
 * them.
 *
 * @param person the person
 * @param betweenness 0 to 1
 * @param bridges the places bridged, most transfers first
 * @param transfers the person's transfers in the window
 */
record BrokerEntry(Person person, double betweenness, List<Place> bridges, int transfers) {
}
