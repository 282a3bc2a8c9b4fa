package org.boomerang.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The caller a remembered token stands for is built once per answer of the person lookup
 * and is the caller a token read afresh would give: the same person, roles, scopes,
 * reader and authorities; a new answer of the lookup (another person, other institutions,
 * nobody) gives a new caller.
 */
class TokenCallerTests {

	private static CallerConverter.TokenCaller coordinator() {
		return new CallerConverter.TokenCaller("cora@example.org", "idp-cora", "portal",
				EnumSet.of(Role.STAFF, Role.COORDINATOR), Set.of("boomerang:record"));
	}

	@Test
	void the_same_answer_of_the_person_lookup_gives_the_same_caller_and_reader() {
		CallerConverter.TokenCaller token = coordinator();
		CallerRepository.KnownPerson cora = new CallerRepository.KnownPerson("cora", List.of("harbour"));
		CallerConverter.TokenCaller.Resolved first = token.resolved(cora);
		assertThat(token.resolved(cora)).isSameAs(first);
		assertThat(first.caller()).isEqualTo(new Caller("idp-cora", "portal", "cora",
				Set.of(Role.STAFF, Role.COORDINATOR), Set.of("boomerang:record")));
		assertThat(first.reader()).isEqualTo(new Reader("cora", false, true, true, List.of("harbour")));
		assertThat(first.authorities()).map(Object::toString)
			.containsExactlyInAnyOrderElementsOf(
					CallerAuthentication.authorities(first.caller()).stream().map(Object::toString).toList())
			.contains("ROLE_COORDINATOR", "SCOPE_boomerang:record");
	}

	@Test
	void a_new_answer_of_the_person_lookup_gives_a_new_caller() {
		CallerConverter.TokenCaller token = coordinator();
		CallerConverter.TokenCaller.Resolved before = token
			.resolved(new CallerRepository.KnownPerson("cora", List.of("harbour")));
		CallerConverter.TokenCaller.Resolved moved = token
			.resolved(new CallerRepository.KnownPerson("cora", List.of("lakeside")));
		assertThat(moved).isNotSameAs(before);
		assertThat(moved.reader().institutions()).containsExactly("lakeside");
		CallerConverter.TokenCaller.Resolved nobody = token.resolved(null);
		assertThat(nobody.caller().personId()).isNull();
		assertThat(nobody.reader()).isEqualTo(new Reader(null, false, true, true, List.of()));
		assertThat(token.resolved(null)).isSameAs(nobody);
	}

}
