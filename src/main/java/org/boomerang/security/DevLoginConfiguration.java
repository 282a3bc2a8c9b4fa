package org.boomerang.security;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The development sign-in's key, made only when the sign-in is on, and only after making
 * sure the server listens on a loopback address (see {@link DevLoginAddress}): anyone who
 * reaches the port could otherwise sign in as anyone, admins included.
 * {@code boomerang.security.allow-dev-login-beyond-loopback=true} overrides the refusal,
 * with a loud warning at every start.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DevLoginCondition.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class DevLoginConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DevLoginConfiguration.class);

	@Bean
	DevTokens devTokens(SecurityProperties properties, Environment environment) {
		check(properties, environment.getProperty("server.address"));
		if (properties.devLogin() != null && !properties.issuers().isEmpty()) {
			log.warn("Development sign-in forced on (boomerang.security.dev-login=true) beside the trusted issuers {}:"
					+ " tokens this instance signs for anyone are accepted too. Turn it off outside development.",
					properties.issuers());
		}
		return new DevTokens(properties);
	}

	/**
	 * Refuses the development sign-in on a server that listens beyond loopback, unless
	 * that is explicitly allowed.
	 * @param properties the security settings
	 * @param serverAddress {@code server.address}; null or blank means every interface
	 * @throws BeyondLoopbackException when it is refused
	 */
	static void check(SecurityProperties properties, String serverAddress) {
		if (loopback(serverAddress)) {
			log.warn("Development sign-in is on: POST /api/dev/login signs tokens for anyone, and this instance"
					+ " accepts them. The server listens on {} only. Configure boomerang.security.issuers for real"
					+ " sign-in.", serverAddress);
			return;
		}
		String where = (serverAddress == null || serverAddress.isBlank()) ? "every network interface"
				: "'" + serverAddress + "'";
		if (!properties.allowDevLoginBeyondLoopback()) {
			throw new BeyondLoopbackException(where);
		}
		log.warn("""

				!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!
				!!! DEVELOPMENT SIGN-IN IS OPEN BEYOND THIS MACHINE (listening on {}).
				!!! Anyone who reaches this server can sign in as anyone, admins included
				!!! (boomerang.security.allow-dev-login-beyond-loopback=true). Never use real data.
				!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!""", where);
	}

	private static boolean loopback(String address) {
		if (address == null || address.isBlank()) {
			return false;
		}
		try {
			return InetAddress.getByName(address.strip()).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException("server.address '" + address + "' is not an address of this machine", ex);
		}
	}

	/**
	 * The development sign-in is on while the server listens beyond loopback, and that is
	 * not allowed; {@link DevLoginFailureAnalyzer} explains it at start-up.
	 */
	static class BeyondLoopbackException extends IllegalStateException {

		BeyondLoopbackException(String where) {
			super("The development sign-in is on while the server listens on " + where
					+ ", beyond this machine: anyone who reaches it could sign in as anyone. Either configure"
					+ " boomerang.security.issuers (which turns the development sign-in off), set"
					+ " boomerang.security.dev-login=false, listen on 127.0.0.1 (server.address), or, knowingly, set"
					+ " boomerang.security.allow-dev-login-beyond-loopback=true.");
		}

	}

}
