package org.boomerang.network;

import org.boomerang.api.ForbiddenException;
import org.boomerang.security.Caller;
import org.boomerang.security.Scopes;

/**
 * Who may look at the coordinator's network: coordinators, admins and clients with
 * {@code boomerang:read}; the GraphML export also clients with {@code boomerang:export}.
 * Staff may not: the network and its brokers describe everyone's mentoring, which is the
 * coordinators' work, not a person's own.
 */
final class CoordinatorAccess {

	private CoordinatorAccess() {
	}

	static void require(Caller caller, String operation) {
		if (!caller.isAdmin() && !caller.isCoordinator() && !caller.hasScope(Scopes.READ)) {
			throw new ForbiddenException(operation + " is for coordinators: it needs the COORDINATOR or ADMIN role,"
					+ " or the scope boomerang:read");
		}
	}

	static void requireExport(Caller caller) {
		if (!caller.isAdmin() && !caller.isCoordinator() && !caller.hasScope(Scopes.READ)
				&& !caller.hasScope(Scopes.EXPORT)) {
			throw new ForbiddenException("The network export is for coordinators: it needs the COORDINATOR or ADMIN"
					+ " role, or the scope boomerang:read or boomerang:export");
		}
	}

}
