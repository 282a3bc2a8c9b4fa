package org.boomerang.web;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A trusted issuer that cannot be reached to verify a token (its discovery document or
 * keys time out) is an outage of the sign-in provider: 503 with a clear message in each
 * endpoint's error shape, not a bare 500; other failures pass through unchanged.
 */
class IssuerUnreachableTests {

	private final DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter(JsonMapper.builder().build(),
			new MockEnvironment());

	private static final JwtDecoderInitializationException UNREACHABLE = new JwtDecoderInitializationException(
			"Failed to lazily resolve the supplied JwtDecoder instance",
			new IllegalArgumentException("Unable to resolve the Configuration with the provided Issuer"));

	@Test
	void graphql_answers_unavailable_with_the_sign_in_provider_named() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
		request.addHeader("Accept", "application/graphql-response+json");
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, (req, res) -> {
			throw UNREACHABLE;
		});
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("5");
		assertThat(response.getContentType()).startsWith("application/graphql-response+json");
		assertThat(response.getContentAsString()).contains("\"UNAVAILABLE\"", "sign-in provider");
	}

	@Test
	void other_endpoints_answer_503_in_the_json_error_shape() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(new MockHttpServletRequest("POST", "/api/import"), response, (req, res) -> {
			throw new IllegalStateException("authenticating", UNREACHABLE);
		});
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getContentAsString()).contains("\"error\":\"UNAVAILABLE\"", "sign-in provider");
	}

	@Test
	void any_other_failure_passes_through() {
		assertThatThrownBy(() -> this.filter.doFilter(new MockHttpServletRequest("POST", "/graphql"),
				new MockHttpServletResponse(), (req, res) -> {
					throw new IllegalStateException("a bug");
				}))
			.isInstanceOf(IllegalStateException.class)
			.hasMessage("a bug");
	}

}
