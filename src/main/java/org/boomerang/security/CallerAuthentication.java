package org.boomerang.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * A verified token with the {@link Caller} and the {@link Reader} it stands for, both
 * worked out once when the token was accepted. Its authorities ({@code ROLE_ADMIN},
 * {@code SCOPE_boomerang:import}, ...) serve the HTTP rules.
 */
final class CallerAuthentication extends JwtAuthenticationToken {

	private final Caller caller;

	private final Reader reader;

	CallerAuthentication(Jwt jwt, Caller caller, Reader reader) {
		this(jwt, caller, reader, authorities(caller));
	}

	/**
	 * With the caller's authorities worked out before ({@link #authorities(Caller)}).
	 */
	CallerAuthentication(Jwt jwt, Caller caller, Reader reader, List<GrantedAuthority> authorities) {
		super(jwt, authorities, caller.subject());
		this.caller = caller;
		this.reader = reader;
	}

	Caller caller() {
		return this.caller;
	}

	Reader reader() {
		return this.reader;
	}

	static List<GrantedAuthority> authorities(Caller caller) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		caller.roles().forEach((role) -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
		caller.scopes().forEach((scope) -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope)));
		return List.copyOf(authorities);
	}

}
