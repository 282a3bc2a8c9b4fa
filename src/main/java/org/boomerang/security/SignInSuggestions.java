package org.boomerang.security;

import java.util.List;

/**
 * A source of people for the development sign-in to offer (the demo network has one);
 * {@code GET /api/dev/login} lists the suggestions of every such bean whose person the
 * graph holds with an e-mail.
 */
public interface SignInSuggestions {

	/**
	 * The people to offer, in the order to show them.
	 * @return the suggestions
	 */
	List<SignInSuggestion> signInSuggestions();

}
