package org.boomerang.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The bearer-token reader, written as a loop for speed, answers every request as Spring
 * Security's own resolver answers it: the same token, or the same error.
 */
class BearerTokensTests {

	private final BearerTokens loop = new BearerTokens();

	private final DefaultBearerTokenResolver spring = new DefaultBearerTokenResolver();

	@Test
	void headers_that_matter_are_read_as_spring_security_reads_them() {
		List<String> headers = new ArrayList<>(List.of("Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbmEifQ.c2ln-_",
				"bearer abc", "BEARER abc==", "Bearer abc=d", "Bearer =", "Bearer ", "Bearer", "Bearer  abc",
				"Bearerabc", "Bearer abc ", "Bearer abc\n", "Bearer a~b+c/d-e.f_g", "Bearer ab\u00e9", "Basic YWJj", "",
				"Bearer a==b", "Bearer ===", "bEaReR x"));
		Random random = new Random(20261201);
		String alphabet = "aZ09-._~+/= \t\n\u00e9%";
		for (int i = 0; i < 20_000; i++) {
			StringBuilder header = new StringBuilder(random.nextBoolean() ? "Bearer " : "bearer");
			for (int n = random.nextInt(12); n > 0; n--) {
				header.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			headers.add(header.toString());
		}
		for (String header : headers) {
			MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
			request.addHeader("Authorization", header);
			assertThat(answer(this.loop, request)).as("'%s'", header).isEqualTo(answer(this.spring, request));
		}
	}

	@Test
	void requests_without_a_header_or_with_a_token_parameter_are_left_to_spring_security() {
		MockHttpServletRequest none = new MockHttpServletRequest("GET", "/graphql");
		assertThat(this.loop.resolve(none)).isNull();
		MockHttpServletRequest query = new MockHttpServletRequest("GET", "/graphql");
		query.setQueryString("access_token=abc");
		query.addParameter("access_token", "abc");
		query.addHeader("Authorization", "Bearer abc");
		assertThat(answer(this.loop, query)).isEqualTo(answer(this.spring, query));
		MockHttpServletRequest form = new MockHttpServletRequest("POST", "/graphql");
		form.setContentType("application/x-www-form-urlencoded");
		form.addParameter("access_token", "abc");
		form.addHeader("Authorization", "Bearer abc");
		assertThat(answer(this.loop, form)).isEqualTo(answer(this.spring, form));
	}

	private static String answer(org.springframework.security.oauth2.server.resource.web.BearerTokenResolver resolver,
			MockHttpServletRequest request) {
		OAuth2AuthenticationException error = catchThrowableOfType(OAuth2AuthenticationException.class,
				() -> resolver.resolve(request));
		if (error != null) {
			return "error: " + error.getError().getErrorCode() + " " + error.getError().getDescription();
		}
		return "token: " + resolver.resolve(request);
	}

}
