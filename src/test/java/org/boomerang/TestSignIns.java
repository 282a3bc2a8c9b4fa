package org.boomerang;

import java.util.List;

import org.boomerang.security.Role;
import org.boomerang.security.SignInSuggestion;
import org.boomerang.security.SignInSuggestions;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * People of the teaching fixture for the development sign-in to offer in the tests
 * (beside the demo's, which the tests' graph does not hold): the search page test signs
 * in as Ivy; the sign-in tests hold Nell (no e-mail) out of the list.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestSignIns {

	@Bean
	SignInSuggestions fixtureSignIns() {
		return () -> List.of(new SignInSuggestion("ivy", List.of(Role.STAFF), "Ask who can teach EMR, reverse only."),
				new SignInSuggestion("cara", List.of(Role.COORDINATOR, Role.STAFF), "Ask on behalf of Ivy."),
				new SignInSuggestion("nell", List.of(Role.STAFF), "Nobody: she has no e-mail."));
	}

}
