package org.boomerang.network;

import org.boomerang.graph.BackgroundWorkConfiguration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads that compute the coordinator's answers, apart from the service's other
 * background work: a teacher index rebuild (a minute on a large graph) must not hold up a
 * coordinator's network, and a window's brokers (seconds on a large graph) must not hold
 * up its network either, since the page asks for both at once.
 */
@Configuration(proxyBeanMethods = false)
class CoordinatorWorkConfiguration {

	/** The bean name of the thread counting networks and timelines. */
	static final String COUNTS = "coordinatorCountsExecutor";

	/** The bean name of the thread computing brokers. */
	static final String BROKERS = "coordinatorBrokersExecutor";

	/**
	 * Networks and timelines: counted from the in-memory flow columns in well under a
	 * second each, one at a time.
	 * @return the executor
	 */
	@Bean(name = COUNTS, defaultCandidate = false)
	ThreadPoolTaskExecutor coordinatorCountsExecutor() {
		return BackgroundWorkConfiguration.singleThread("coordinator-counts-");
	}

	/**
	 * Brokers: betweenness over a window's person network, one window at a time.
	 * @return the executor
	 */
	@Bean(name = BROKERS, defaultCandidate = false)
	ThreadPoolTaskExecutor coordinatorBrokersExecutor() {
		return BackgroundWorkConfiguration.singleThread("coordinator-brokers-");
	}

}
