package org.boomerang.audit;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One write of the audit trail.
 *
 * @param id the entry's id
 * @param at when the write began
 * @param operation the mutation's name, {@code import} or {@code erasePerson}
 * @param subject the token's subject, or {@link Auditor#SYSTEM}
 * @param clientId the token's client, or null
 * @param personId the signed-in person, or null
 * @param status {@code COMPLETED}, {@code WRITING} or {@code INTERRUPTED}
 * @param counts what the write did per kind
 * @param targets the ids created or changed (at most 100)
 */
record AuditEntry(String id, OffsetDateTime at, String operation, String subject, String clientId, String personId,
		String status, List<Count> counts, List<String> targets) {

	/**
	 * What a write did to one kind.
	 *
	 * @param kind the kind's key
	 * @param created how many were created
	 * @param updated how many were changed
	 * @param unchanged how many were sent unchanged
	 */
	record Count(String kind, int created, int updated, int unchanged) {
	}

}
