package org.boomerang.security;

import java.util.List;

/**
 * A person the development sign-in offers, with the roles to sign in with and what to try
 * as them.
 *
 * @param person the person's id
 * @param roles the roles suggested (the page preselects the first)
 * @param whatToTry a sentence on what to try once signed in
 */
public record SignInSuggestion(String person, List<Role> roles, String whatToTry) {

	public SignInSuggestion {
		roles = List.copyOf(roles);
	}

}
