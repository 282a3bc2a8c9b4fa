package org.boomerang.web;

import org.boomerang.GraphTests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start-up warm-up runs the people list in-process; it must stay a valid request as
 * the schema changes, or it would silently stop warming anything up.
 */
class FirstRequestWarmUpTests extends GraphTests {

	@Autowired
	private FirstRequestWarmUp warmUp;

	@Test
	void the_warm_up_request_is_valid_and_answers_without_errors() {
		importExample();
		assertThat(this.warmUp.run()).isTrue();
	}

}
