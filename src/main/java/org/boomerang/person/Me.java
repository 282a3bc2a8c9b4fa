package org.boomerang.person;

import java.util.List;

import org.boomerang.security.Role;

/**
 * GraphQL {@code Me}: the caller of a request.
 *
 * @param personId the signed-in person's id, or null
 * @param roles their roles
 * @param scopes the token's scopes
 */
record Me(String personId, List<Role> roles, List<String> scopes) {
}
