package org.boomerang.skill;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A skill of the taxonomy (ESCO or the organisation's own), without its links.
 *
 * @param id source-system id (ESCO concept URI for ESCO skills)
 * @param name preferred name
 * @param aliases synonyms and abbreviations
 * @param description what the skill is
 * @param escoUri the ESCO concept this skill is or matches, if any
 * @param createdAt when the node was created
 * @param updatedAt when the node last changed
 */
public record Skill(String id, String name, List<String> aliases, String description, String escoUri,
		OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
