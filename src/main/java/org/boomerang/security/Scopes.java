package org.boomerang.security;

import java.util.Set;

/**
 * The scopes an integration client (a client-credentials token, no person) acts by. Only
 * scopes with the {@code boomerang:} prefix mean anything here.
 */
public final class Scopes {

	/** Read everything, and ask on any person's behalf. */
	public static final String READ = "boomerang:read";

	/** Import documents and upsert people and skills. */
	public static final String IMPORT = "boomerang:import";

	/** Download the research export. */
	public static final String EXPORT = "boomerang:export";

	/** Record transfers, start and end mentorships, ask on a user's behalf. */
	public static final String RECORD = "boomerang:record";

	/** Every scope above. */
	public static final Set<String> ALL = Set.of(READ, IMPORT, EXPORT, RECORD);

	/** The prefix of the scopes kept from a token. */
	static final String PREFIX = "boomerang:";

	private Scopes() {
	}

}
