package org.boomerang.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Says plainly, instead of a stack trace, why the service did not start with the
 * development sign-in beyond loopback and what to do (registered in
 * {@code META-INF/spring.factories}).
 */
public class DevLoginFailureAnalyzer extends AbstractFailureAnalyzer<DevLoginConfiguration.BeyondLoopbackException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DevLoginConfiguration.BeyondLoopbackException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"For real sign-in, configure boomerang.security.issuers (the development sign-in then turns off)."
						+ " For the quick start, leave server.address unset (the service then listens on 127.0.0.1) and"
						+ " reach it from another machine through a tunnel (ssh -L 8080:127.0.0.1:8080 host).",
				cause);
	}

}
