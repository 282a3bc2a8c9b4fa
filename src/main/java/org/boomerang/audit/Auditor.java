package org.boomerang.audit;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.boomerang.security.Caller;
import org.boomerang.security.CurrentCaller;

import org.springframework.stereotype.Component;

/**
 * Says who writes, for the audit entry a write records in its own transaction (the
 * {@code $audit} parameter of {@code audit/record-write} and of the writes that embed
 * it): a new entry id, the operation, and the caller's token subject, client id and
 * person id. Work the service starts itself (the demo's load) is written as
 * {@code system}.
 */
@Component
public class Auditor {

	/** The subject of writes that no request asked for. */
	public static final String SYSTEM = "system";

	private final CurrentCaller caller;

	Auditor(CurrentCaller caller) {
		this.caller = caller;
	}

	/**
	 * A new audit entry for a write of the current caller.
	 * @param operation what is written: the mutation's name, or {@code import}
	 * @return the entry as a Cypher parameter: {@code id}, {@code operation},
	 * {@code subject}, {@code clientId}, {@code personId}
	 */
	public Map<String, Object> entry(String operation) {
		Map<String, Object> entry = new HashMap<>();
		entry.put("id", UUID.randomUUID().toString());
		entry.put("operation", operation);
		Caller who = this.caller.find().orElse(null);
		entry.put("subject", (who != null) ? who.subject() : SYSTEM);
		entry.put("clientId", (who != null) ? who.clientId() : null);
		entry.put("personId", (who != null) ? who.personId() : null);
		return entry;
	}

}
