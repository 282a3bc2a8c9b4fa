package org.boomerang.graph;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads of the service's background work, made and stopped by Spring: one thread
 * for the work that must take turns ({@link BackgroundWork}), and Spring Boot's task
 * scheduler for the polls of the derived indexes (registered by each index's sync as a
 * {@link org.springframework.scheduling.annotation.SchedulingConfigurer}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class BackgroundWorkConfiguration {

	/** The bean name of the executor behind {@link BackgroundWork}. */
	static final String EXECUTOR = "backgroundWorkExecutor";

	/**
	 * One thread with an unbounded first-in, first-out queue: tasks run one at a time, in
	 * the order they were handed in. Not a default candidate, so Spring Boot still makes
	 * its own {@code applicationTaskExecutor} for Spring MVC and Spring GraphQL.
	 * <p>
	 * Accepting tasks after the context closed makes the executor shut down late, when
	 * the context destroys it: it then interrupts the running task and drops the queued
	 * ones. Shutting down early instead would pause the context's close until the running
	 * task ended, and a teacher index build takes a minute on a large graph.
	 */
	@Bean(name = EXECUTOR, defaultCandidate = false)
	ThreadPoolTaskExecutor backgroundWorkExecutor() {
		return singleThread("background-work-");
	}

	/**
	 * One daemon thread with an unbounded first-in, first-out queue, shut down when the
	 * context destroys it (interrupting the running task, dropping the queued ones), as
	 * {@link #backgroundWorkExecutor()} explains.
	 * @param prefix the thread's name prefix
	 * @return the executor, for Spring to initialise and stop as a bean
	 */
	public static ThreadPoolTaskExecutor singleThread(String prefix) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		executor.setThreadNamePrefix(prefix);
		executor.setDaemon(true);
		executor.setWaitForTasksToCompleteOnShutdown(false);
		executor.setAcceptTasksAfterContextClose(true);
		return executor;
	}

}
