package org.boomerang.directory;

import java.time.OffsetDateTime;

/**
 * A community of practice, possibly spanning institutions and professions: the node
 * {@code :Community} without its relationships.
 *
 * @param id source-system id
 * @param name name
 * @param description what the community is about
 * @param createdAt when the node was created
 * @param updatedAt when the node last changed
 */
public record Community(String id, String name, String description, OffsetDateTime createdAt,
		OffsetDateTime updatedAt) {
}
