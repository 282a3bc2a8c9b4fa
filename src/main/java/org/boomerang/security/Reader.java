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
 * @param institutions the ids of the institutions the reader belongs to now
 */
public record Reader(String id, boolean admin, List<String> institutions) {

	public Reader {
		institutions = List.copyOf(institutions);
	}

	/**
	 * The reader as the Cypher parameter {@code $reader}: a map with {@code id} (may be
	 * null), {@code admin} and {@code institutions}.
	 * @return the parameter value
	 */
	public Map<String, Object> asParameter() {
		Map<String, Object> reader = new HashMap<>();
		reader.put("id", this.id);
		reader.put("admin", this.admin);
		reader.put("institutions", this.institutions);
		return reader;
	}

}
