package org.boomerang.security;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * When the development sign-in is on, where the server then listens, and the refusal to
 * start it beyond loopback, without starting the service.
 */
@ExtendWith(OutputCaptureExtension.class)
class DevLoginSettingsTests {

	private static SecurityProperties properties(boolean allowBeyondLoopback) {
		return new SecurityProperties(null, List.of(), List.of(), "email", "roles", Duration.ofHours(8),
				allowBeyondLoopback);
	}

	@Test
	void the_sign_in_is_on_with_the_embedded_database_and_no_issuer_unless_said_otherwise() {
		assertThat(SecurityProperties.devLoginOn(new MockEnvironment())).isTrue();
		assertThat(SecurityProperties
			.devLoginOn(new MockEnvironment().withProperty("boomerang.security.issuers", "https://login.example.org")))
			.isFalse();
		assertThat(SecurityProperties
			.devLoginOn(new MockEnvironment().withProperty("spring.neo4j.uri", "neo4j://graph.example.org"))).isFalse();
		assertThat(SecurityProperties
			.devLoginOn(new MockEnvironment().withProperty("boomerang.security.dev-login", "false"))).isFalse();
		assertThat(SecurityProperties
			.devLoginOn(new MockEnvironment().withProperty("boomerang.security.issuers", "https://login.example.org")
				.withProperty("boomerang.security.dev-login", "true")))
			.isTrue();
	}

	@Test
	void with_the_sign_in_on_and_no_address_given_the_server_listens_on_loopback_only() {
		MockEnvironment quickStart = new MockEnvironment();
		new DevLoginAddress().postProcessEnvironment(quickStart, null);
		assertThat(quickStart.getProperty("server.address")).isEqualTo("127.0.0.1");

		MockEnvironment given = new MockEnvironment().withProperty("server.address", "0.0.0.0");
		new DevLoginAddress().postProcessEnvironment(given, null);
		assertThat(given.getProperty("server.address")).isEqualTo("0.0.0.0");

		MockEnvironment production = new MockEnvironment().withProperty("boomerang.security.issuers",
				"https://login.example.org");
		new DevLoginAddress().postProcessEnvironment(production, null);
		assertThat(production.getProperty("server.address")).isNull();
	}

	@Test
	void the_sign_in_runs_on_loopback_addresses() {
		for (String loopback : new String[] { "127.0.0.1", "::1", "localhost" }) {
			assertThatNoException().as(loopback)
				.isThrownBy(() -> DevLoginConfiguration.check(properties(false), loopback));
		}
	}

	@Test
	void the_sign_in_refuses_to_start_beyond_loopback() {
		for (String beyond : new String[] { "0.0.0.0", "::", "192.0.2.10", null }) {
			assertThatIllegalStateException().as(String.valueOf(beyond))
				.isThrownBy(() -> DevLoginConfiguration.check(properties(false), beyond))
				.withMessageStartingWith("The development sign-in is on while the server listens on ")
				.withMessageContaining("boomerang.security.allow-dev-login-beyond-loopback=true");
		}
	}

	@Test
	void the_refusal_is_reported_with_what_to_do_instead_of_a_stack_trace() {
		DevLoginConfiguration.BeyondLoopbackException refusal = new DevLoginConfiguration.BeyondLoopbackException(
				"'0.0.0.0'");
		FailureAnalysis analysis = new DevLoginFailureAnalyzer().analyze(new IllegalStateException("wrapped", refusal));
		assertThat(analysis.getDescription()).isEqualTo(refusal.getMessage());
		assertThat(analysis.getAction()).startsWith("For real sign-in, configure boomerang.security.issuers");
	}

	@Test
	void allowed_beyond_loopback_it_starts_with_a_loud_warning(CapturedOutput output) {
		assertThatNoException().isThrownBy(() -> DevLoginConfiguration.check(properties(true), "0.0.0.0"));
		assertThat(output.getOut())
			.contains("DEVELOPMENT SIGN-IN IS OPEN BEYOND THIS MACHINE (listening on '0.0.0.0')");
	}

	@Test
	void a_context_with_the_sign_in_on_beyond_loopback_does_not_start() {
		new WebApplicationContextRunner().withUserConfiguration(Settings.class, DevLoginConfiguration.class)
			.withPropertyValues("server.address=0.0.0.0")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageStartingWith("The development sign-in is on while the server listens on '0.0.0.0'"));
	}

	@Test
	void with_the_sign_in_off_there_is_no_key_and_no_sign_in_endpoint() {
		new WebApplicationContextRunner()
			.withUserConfiguration(Settings.class, DevLoginConfiguration.class, DevLoginController.class)
			.withPropertyValues("boomerang.security.dev-login=false", "server.address=0.0.0.0")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(DevTokens.class)
				.doesNotHaveBean(DevLoginController.class));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(SecurityProperties.class)
	static class Settings {

	}

}
