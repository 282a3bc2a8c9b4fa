package org.boomerang.directory;

import java.time.OffsetDateTime;

import org.boomerang.model.InstitutionKind;

/**
 * A hospital, university, research institute or other organisation people are affiliated
 * with: the node {@code :Institution} without its relationships.
 *
 * @param id source-system id
 * @param name name
 * @param kind what kind of organisation it is
 * @param ror its ROR id, if known
 * @param location where it is
 * @param createdAt when the node was created
 * @param updatedAt when the node last changed
 */
public record Institution(String id, String name, InstitutionKind kind, String ror, String location,
		OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
