package org.boomerang.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
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
		String person = text(jwt.getClaims().get(this.personClaim));
		Set<Role> roles = EnumSet.noneOf(Role.class);
		CallerRepository.KnownPerson known = null;
		if (person != null) {
			roles.add(Role.STAFF);
			roles.addAll(roles(claim(jwt.getClaims(), this.rolesClaim)));
			known = this.people.byEmail(person).orElse(null);
		}
		Set<String> scopes = new LinkedHashSet<>();
		scopes.addAll(scopes(jwt.getClaims().get("scope")));
		scopes.addAll(scopes(jwt.getClaims().get("scp")));
		String clientId = text(jwt.getClaims().get("azp"));
		if (clientId == null) {
			clientId = text(jwt.getClaims().get("client_id"));
		}
		String subject = (jwt.getSubject() != null) ? jwt.getSubject() : clientId;
		Caller caller = new Caller(subject, clientId, (known != null) ? known.id() : null, roles, scopes);
		Reader reader = new Reader(caller.personId(), caller.isAdmin() || caller.hasScope(Scopes.READ),
				caller.isCoordinator(), caller.hasScope(Scopes.RECORD),
				(known != null) ? known.institutions() : List.of());
		return new CallerAuthentication(jwt, caller, reader);
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

	private static String text(Object claim) {
		if (claim instanceof String text && !text.isBlank()) {
			return text.strip();
		}
		return null;
	}

}
