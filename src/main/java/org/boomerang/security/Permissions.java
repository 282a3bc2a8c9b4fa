package org.boomerang.security;

import org.boomerang.api.ForbiddenException;

/**
 * The role and scope checks of the writes that belong to one kind of caller (imports,
 * erasure, the audit trail): one place for their rule and their {@code FORBIDDEN}
 * message. Rules that depend on the graph (a participant, a programme's coordinator) live
 * with their feature.
 */
public final class Permissions {

	private Permissions() {
	}

	/**
	 * Imports and the upserts: admins and clients with {@link Scopes#IMPORT}.
	 * @param caller who calls
	 * @param operation the operation's name, for the message
	 * @throws ForbiddenException for anyone else
	 */
	public static void requireImporter(Caller caller, String operation) {
		if (!caller.isAdmin() && !caller.hasScope(Scopes.IMPORT)) {
			throw new ForbiddenException(operation
					+ " needs the ADMIN role or the scope boomerang:import (HR facts come from imports); a person edits"
					+ " their own profile with updateMyProfile");
		}
	}

	/**
	 * What only admins do (erasure, the audit trail).
	 * @param caller who calls
	 * @param operation the operation's name, for the message
	 * @throws ForbiddenException for anyone else
	 */
	public static void requireAdmin(Caller caller, String operation) {
		if (!caller.isAdmin()) {
			throw new ForbiddenException(operation + " needs the ADMIN role");
		}
	}

}
