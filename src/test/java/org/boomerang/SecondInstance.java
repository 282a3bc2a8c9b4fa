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
		// As arguments, not builder properties: those are defaults that application.yml
		// overrides (it turns the demo on).
		ConfigurableApplicationContext context = new SpringApplicationBuilder(BoomerangApplication.class)
			.web(WebApplicationType.NONE)
			.run("--spring.neo4j.uri=" + database.boltUri(),
					"--spring.neo4j.authentication.username=" + database.user(),
					"--spring.neo4j.authentication.password=" + database.password(), "--boomerang.demo.enabled=false",
					"--boomerang.search.poll-interval=200ms", "--boomerang.search.poll-overlap=2s",
					"--spring.main.banner-mode=off");
		// Its start-up index builds done, so that they do not overlap what a test does.
		BackgroundWork background = context.getBean(BackgroundWork.class);
		await("the second instance's start-up work").atMost(START_UP_WORK).until(background::idle);
		return context;
	}

}
