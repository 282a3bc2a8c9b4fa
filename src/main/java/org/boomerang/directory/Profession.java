package org.boomerang.directory;

import java.time.OffsetDateTime;

/**
 * A health or education profession people practise: the node {@code :Profession}.
 *
 * @param id source-system id
 * @param name name
 * @param escoOccupation the ESCO occupation URI, if any
 * @param description what the profession is
 * @param createdAt when the node was created
 * @param updatedAt when the node last changed
 */
public record Profession(String id, String name, String escoOccupation, String description, OffsetDateTime createdAt,
		OffsetDateTime updatedAt) {
}
