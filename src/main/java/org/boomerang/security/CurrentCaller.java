package org.boomerang.security;

import java.util.Optional;

import org.boomerang.api.UnauthorizedException;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The caller of the request being served, for controllers and services (Spring GraphQL
 * carries the security context into every data fetcher, batch loaders included).
 */
@Component
public class CurrentCaller {

	/**
	 * The caller of this request.
	 * @return the caller
	 * @throws UnauthorizedException when the request carries no accepted token (never
	 * behind the security filter, which refuses such requests first)
	 */
	public Caller current() {
		return authentication().caller();
	}

	/**
	 * The reader of this request, for the visibility predicates. The security filter
	 * refuses requests without an accepted token before any data fetcher runs, so only
	 * work the service runs in-process (the start-up warm-up) reads without one: it reads
	 * as {@link Reader#anonymous()}, who sees no more than NETWORK people.
	 * @return the reader
	 */
	public Reader reader() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication instanceof CallerAuthentication caller) ? caller.reader() : Reader.anonymous();
	}

	/**
	 * The caller of this request, if it is a request: work the service starts itself (the
	 * demo's load at start-up, the command-line tools) has none.
	 * @return the caller, or empty
	 */
	public Optional<Caller> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication instanceof CallerAuthentication caller) ? Optional.of(caller.caller())
				: Optional.empty();
	}

	private static CallerAuthentication authentication() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof CallerAuthentication caller) {
			return caller;
		}
		throw new UnauthorizedException(
				"Sign in first: send the header Authorization: Bearer <token> with a token of a trusted issuer");
	}

}
