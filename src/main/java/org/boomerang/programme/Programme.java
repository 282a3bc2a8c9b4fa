package org.boomerang.programme;

import org.boomerang.model.ProgrammeKind;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A mentoring programme as stored, with the ids of what it links to (resolved per field,
 * with the reader's visibility).
 *
 * @param id the id
 * @param name the name
 * @param kind what kind of mentoring it runs
 * @param institutionIds the institutions taking part
 * @param coordinatorIds who runs it
 * @param mentorIds the mentor pool
 * @param menteeIds the mentee cohort
 * @param rules how pairs may be formed
 * @param mentorshipIds its mentorships
 * @param pendingPlanId the latest unpublished plan, or null
 * @param createdAt when it was first recorded
 * @param updatedAt when it last changed
 */
record Programme(String id, String name, ProgrammeKind kind, List<String> institutionIds, List<String> coordinatorIds,
		List<String> mentorIds, List<String> menteeIds, ProgrammeRules rules, List<String> mentorshipIds,
		String pendingPlanId, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
