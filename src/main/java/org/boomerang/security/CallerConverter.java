package org.boomerang.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Turns a verified token into the {@link Caller} and {@link Reader} it stands for. A
 * token with the person claim is a person: {@link Role#STAFF} plus the known roles of the
 * roles claim, and the {@code Person} with that e-mail. A token without it is an
 * integration client: no roles, no person. Either way only the {@code boomerang:*} scopes
 * of {@code scope} and {@code scp} are kept.
 */
final class CallerConverter implements Converter<Jwt, CallerAuthentication> {

	private final CallerRepository people;

	private final String personClaim;

	private final String rolesClaim;

	CallerConverter(CallerRepository people, SecurityProperties properties) {
		this.people = people;
		this.personClaim = properties.personClaim();
		this.rolesClaim = properties.rolesClaim();
	}

	@Override
	public CallerAuthentication convert(Jwt jwt) {
		return convert(jwt, read(jwt));
	}

	/**
	 * What a token says of its caller: read once per token, since its claims never
	 * change.
	 * @param jwt a verified token
	 * @return the caller's claims
	 */
	TokenCaller read(Jwt jwt) {
		String person = text(jwt.getClaims().get(this.personClaim));
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (person != null) {
			roles.add(Role.STAFF);
			roles.addAll(roles(claim(jwt.getClaims(), this.rolesClaim)));
		}
		Set<String> scopes = new LinkedHashSet<>();
		scopes.addAll(scopes(jwt.getClaims().get("scope")));
		scopes.addAll(scopes(jwt.getClaims().get("scp")));
		String clientId = text(jwt.getClaims().get("azp"));
		if (clientId == null) {
			clientId = text(jwt.getClaims().get("client_id"));
		}
		String subject = (jwt.getSubject() != null) ? jwt.getSubject() : clientId;
		return new TokenCaller(person, subject, clientId, roles, scopes);
	}

	/**
	 * The caller of a token whose claims were read before: the person its person claim
	 * names is looked up now, so a change of e-mail or affiliation in the graph reaches
	 * the token as it reaches a token read afresh.
	 * @param jwt the verified token
	 * @param token what {@link #read(Jwt)} made of it
	 * @return the caller
	 */
	CallerAuthentication convert(Jwt jwt, TokenCaller token) {
		CallerRepository.KnownPerson known = (token.person != null) ? this.people.byEmail(token.person).orElse(null)
				: null;
		TokenCaller.Resolved resolved = token.resolved(known);
		return new CallerAuthentication(jwt, resolved.caller(), resolved.reader(), resolved.authorities());
	}

	/**
	 * A claim by name, or, for a name with dots that is not itself a claim, by its path
	 * through nested claims ({@code realm_access.roles}).
	 */
	static Object claim(Map<String, Object> claims, String name) {
		if (claims.containsKey(name) || name.indexOf('.') < 0) {
			return claims.get(name);
		}
		Object value = claims;
		for (String part : name.split("\\.")) {
			if (!(value instanceof Map<?, ?> map)) {
				return null;
			}
			value = map.get(part);
		}
		return value;
	}

	/** Known role names in any case; anything else an issuer sends means nothing here. */
	static Set<Role> roles(Object claim) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String name : words(claim)) {
			for (Role role : Role.values()) {
				if (role.name().equalsIgnoreCase(name)) {
					roles.add(role);
				}
			}
		}
		return roles;
	}

	static Set<String> scopes(Object claim) {
		Set<String> scopes = new LinkedHashSet<>();
		for (String scope : words(claim)) {
			if (scope.startsWith(Scopes.PREFIX)) {
				scopes.add(scope);
			}
		}
		return scopes;
	}

	/** A list claim, or a string claim of words separated by spaces or commas. */
	private static List<String> words(Object claim) {
		List<String> words = new ArrayList<>();
		if (claim instanceof Collection<?> values) {
			values.forEach((v) -> words.addAll(words(v)));
		}
		else if (claim instanceof String text) {
			for (String word : text.split("[\\s,]+")) {
				if (!word.isEmpty()) {
					words.add(word);
				}
			}
		}
		return words;
	}

	/**
	 * What a token says of its caller (person claim, roles, scopes, subject, client), and
	 * the {@link Caller} and {@link Reader} last worked out from it with the person the
	 * graph then had for its e-mail. Both are immutable and depend on nothing else, so
	 * requests that find the same person (the person lookup keeps each answer for a
	 * while) share them instead of building them again.
	 */
	static final class TokenCaller {

		private final String person;

		private final String subject;

		private final String clientId;

		private final Set<Role> roles;

		private final Set<String> scopes;

		private volatile Resolved last;

		TokenCaller(String person, String subject, String clientId, Set<Role> roles, Set<String> scopes) {
			this.person = person;
			this.subject = subject;
			this.clientId = clientId;
			this.roles = roles;
			this.scopes = scopes;
		}

		Resolved resolved(CallerRepository.KnownPerson known) {
			Resolved resolved = this.last;
			if (resolved != null && resolved.known() == known) {
				return resolved;
			}
			Caller caller = new Caller(this.subject, this.clientId, (known != null) ? known.id() : null, this.roles,
					this.scopes);
			Reader reader = new Reader(caller.personId(), caller.isAdmin() || caller.hasScope(Scopes.READ),
					caller.isCoordinator(), caller.hasScope(Scopes.RECORD),
					(known != null) ? known.institutions() : List.of());
			resolved = new Resolved(known, caller, reader, CallerAuthentication.authorities(caller));
			this.last = resolved;
			return resolved;
		}

		/**
		 * The caller and reader for one answer of the person lookup.
		 *
		 * @param known the person found (compared by identity), or null
		 * @param caller the caller
		 * @param reader the reader
		 * @param authorities the caller's authorities
		 */
		record Resolved(CallerRepository.KnownPerson known, Caller caller, Reader reader,
				List<GrantedAuthority> authorities) {
		}

	}

	private static String text(Object claim) {
		if (claim instanceof String text && !text.isBlank()) {
			return text.strip();
		}
		return null;
	}

}
