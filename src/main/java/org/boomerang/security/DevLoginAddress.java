package org.boomerang.security;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With the development sign-in on and no {@code server.address} given, the server listens
 * on 127.0.0.1 only (registered in {@code META-INF/spring.factories}): the sign-in hands
 * anyone a token for anyone, so only this machine may reach it. Boot would otherwise
 * listen on every interface. {@code http://localhost:8080/} still answers.
 */
public class DevLoginAddress implements EnvironmentPostProcessor, Ordered {

	/** The address the development sign-in listens on unless told otherwise. */
	static final String LOOPBACK = "127.0.0.1";

	static final String SOURCE = "boomerangDevLoginAddress";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String address = environment.getProperty("server.address");
		if ((address == null || address.isBlank()) && SecurityProperties.devLoginOn(environment)) {
			environment.getPropertySources().addLast(new MapPropertySource(SOURCE, Map.of("server.address", LOOPBACK)));
		}
	}

	@Override
	public int getOrder() {
		// After the configuration files, command line and environment are known.
		return Ordered.LOWEST_PRECEDENCE;
	}

}
