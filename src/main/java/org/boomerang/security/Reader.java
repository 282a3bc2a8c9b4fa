package org.boomerang.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who reads, as the visibility rules of the queries see it: the parameter of every
 * visibility predicate. Built once per request from the {@link Caller}.
 *
 * @param id the reader's person id, or null (a client, or a person the graph does not
 * know)
 * @param admin whether the reader sees everyone: the {@link Role#ADMIN} role or the
 * {@link Scopes#READ} scope
 * @param coordinator whether the reader has the {@link Role#COORDINATOR} role (and so
 * sees the people enrolled in the programmes they coordinate)
 * @param recorder whether the reader is a client with {@link Scopes#RECORD}, which reads
 * the mentorships and transfers it records (but not people beyond the visibility rule)
 * @param institutions the ids of the institutions the reader belongs to now
 */
public record Reader(String id, boolean admin, boolean coordinator, boolean recorder, List<String> institutions) {

	public Reader {
		institutions = List.copyOf(institutions);
	}

	/**
	 * A reader who sees everything: for reading back what an authorised write just wrote,
	 * never for answering a read.
	 * @return the reader
	 */
	public static Reader everything() {
		return new Reader(null, true, false, false, List.of());
	}

	/**
	 * A reader with no person, role or scope: sees NETWORK people only.
	 * @return the reader
	 */
	public static Reader anonymous() {
		return new Reader(null, false, false, false, List.of());
	}

	/**
	 * The reader as the Cypher parameter {@code $reader}: a map with {@code id} (may be
	 * null), {@code admin}, {@code coordinator}, {@code recorder} and
	 * {@code institutions}.
	 * @return the parameter value
	 */
	public Map<String, Object> asParameter() {
		Map<String, Object> reader = new HashMap<>();
		reader.put("id", this.id);
		reader.put("admin", this.admin);
		reader.put("coordinator", this.coordinator);
		reader.put("recorder", this.recorder);
		reader.put("institutions", this.institutions);
		return reader;
	}

}
