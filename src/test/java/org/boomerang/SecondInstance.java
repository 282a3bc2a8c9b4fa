package org.boomerang;

import java.time.Duration;

import org.boomerang.graph.BackgroundWork;
import org.boomerang.graph.EmbeddedNeo4j;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.awaitility.Awaitility.await;

/**
 * A second service instance (no web server) on the tests' database, reached over Bolt as
 * another instance behind a load balancer would: for tests of what an instance sees of
 * writes it did not make. It polls every 200 ms.
 */
public final class SecondInstance {

	/**
	 * A guard against hanging, not a timing: start-up work on the test graph is small.
	 */
	private static final Duration START_UP_WORK = Duration.ofMinutes(2);

	private SecondInstance() {
	}

	/**
	 * Starts one.
	 * @param database the tests' database (its Bolt address and credentials)
	 * @return its context, to close when done
	 */
	public static ConfigurableApplicationContext start(EmbeddedNeo4j database) {
		return start(database, WebApplicationType.NONE);
	}

	/**
	 * Starts one on any embedded database, with or without a web server (on a free port,
	 * in {@code local.server.port}).
	 * @param database the database (its Bolt address and credentials)
	 * @param web whether it serves HTTP
	 * @return its context, to close when done
	 */
	public static ConfigurableApplicationContext start(EmbeddedNeo4j database, WebApplicationType web) {
		// It trusts the tests' issuer, as the tests' own service does. As arguments, not
		// builder properties: those are defaults that application.yml
		// overrides (it turns the demo on).
		ConfigurableApplicationContext context = new SpringApplicationBuilder(BoomerangApplication.class).web(web)
			.run("--spring.neo4j.uri=" + database.boltUri(),
					"--spring.neo4j.authentication.username=" + database.user(),
					"--spring.neo4j.authentication.password=" + database.password(), "--boomerang.demo.enabled=false",
					"--server.port=0", "--boomerang.search.poll-interval=200ms", "--boomerang.search.poll-overlap=2s",
					"--spring.main.banner-mode=off", "--boomerang.security.issuers=" + Tokens.issuer());
		// Its start-up index builds done, so that they do not overlap what a test does.
		BackgroundWork background = context.getBean(BackgroundWork.class);
		await("the second instance's start-up work").atMost(START_UP_WORK).until(background::idle);
		return context;
	}

}
