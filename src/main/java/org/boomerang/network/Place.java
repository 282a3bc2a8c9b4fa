package org.boomerang.network;

import org.boomerang.mentoring.NetworkLevel;

/**
 * A community, profession or institution as the coordinator's answers name it (the
 * schema's {@code FlowEndpoint}).
 *
 * @param id its id
 * @param name its name
 * @param level its kind
 */
record Place(String id, String name, NetworkLevel level) {
}
