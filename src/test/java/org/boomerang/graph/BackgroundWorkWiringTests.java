package org.boomerang.graph;

import java.time.Duration;

import org.boomerang.GraphTests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.scheduling.TaskScheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The background work's own thread does not take the place of Spring Boot's executors:
 * Spring MVC and Spring GraphQL keep the {@code applicationTaskExecutor}, and the polls
 * run on Boot's task scheduler.
 */
class BackgroundWorkWiringTests extends GraphTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private BackgroundWork background;

	@Test
	void spring_boots_task_executor_and_scheduler_are_in_place() {
		assertThat(this.context.getBean(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME))
			.isInstanceOf(AsyncTaskExecutor.class)
			.isNotSameAs(this.context.getBean(BackgroundWorkConfiguration.EXECUTOR));
		assertThat(this.context.getBeansOfType(TaskScheduler.class)).hasSize(1);
	}

	@Test
	void the_start_up_work_ends() {
		// A guard against hanging, not a timing.
		await().atMost(Duration.ofMinutes(2)).until(this.background::idle);
	}

}
