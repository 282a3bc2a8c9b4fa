package org.boomerang.security;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

import org.boomerang.api.ForbiddenException;

/**
 * Who sent a request, as its token says: a person (with roles) or an integration client
 * (with scopes).
 *
 * @param subject the token's {@code sub}
 * @param clientId the client the token was issued to ({@code azp} or {@code client_id}),
 * or null when the token does not say
 * @param personId the id of the {@code Person} whose {@code email} equals the token's
 * person claim; null for a client, or for a person the graph does not know
 * @param roles the roles; every person is {@link Role#STAFF}, a client has none
 * @param scopes the {@code boomerang:*} scopes of the token
 */
public record Caller(String subject, String clientId, String personId, Set<Role> roles, Set<String> scopes) {

	public Caller {
		roles = Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
		scopes = Collections.unmodifiableSet(new TreeSet<>(scopes));
	}

	/**
	 * Whether the caller has the {@link Role#ADMIN} role.
	 * @return true for an admin
	 */
	public boolean isAdmin() {
		return this.roles.contains(Role.ADMIN);
	}

	/**
	 * Whether the caller has the {@link Role#COORDINATOR} role.
	 * @return true for a coordinator
	 */
	public boolean isCoordinator() {
		return this.roles.contains(Role.COORDINATOR);
	}

	/**
	 * Whether the token carries a scope.
	 * @param scope a scope, e.g. {@link Scopes#IMPORT}
	 * @return true when it does
	 */
	public boolean hasScope(String scope) {
		return this.scopes.contains(scope);
	}

	/**
	 * Whether the caller is an integration client rather than a person: its token names
	 * no person, so it has no roles and acts by its scopes only.
	 * @return true for a client
	 */
	public boolean isClient() {
		return !this.roles.contains(Role.STAFF);
	}

	/**
	 * The person a search asks as: the signed-in person when no asker is given; someone
	 * else only for coordinators, admins and clients with {@link Scopes#READ}.
	 * @param given the asker the request names, or null
	 * @return the asker's id, or null when there is none (a client, or a person the graph
	 * does not know, asking for nobody in particular)
	 * @throws ForbiddenException when staff name someone other than themselves
	 */
	public String asker(String given) {
		if (given == null || given.equals(this.personId)) {
			return this.personId;
		}
		if (isAdmin() || isCoordinator() || hasScope(Scopes.READ)) {
			return given;
		}
		if (this.personId == null) {
			throw new ForbiddenException("You may not ask as '" + given
					+ "': only coordinators, admins and clients with boomerang:read ask on someone else's behalf,"
					+ " and your sign-in names no person of the network. Leave asker out.");
		}
		throw new ForbiddenException("You may not ask as '" + given + "': you ask as yourself (" + this.personId
				+ "); only coordinators, admins and clients with boomerang:read ask on someone else's behalf."
				+ " Leave asker out.");
	}

}
