package org.boomerang.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.boomerang.graph.BackgroundWork;
import org.boomerang.graph.GraphReadyListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.annotation.Order;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.stereotype.Component;

/**
 * Runs the request a newcomer makes first, the people list, once in-process while the
 * rest of start-up goes on (the demo network's import, or the web server opening): the
 * GraphQL engine, the people queries' Cypher plans and the JSON writer are then ready, or
 * nearly, for the first request. It is the first background task
 * ({@link BackgroundWork}), before the index builds. The answer is thrown away; a failure
 * only means the first request is slower.
 */
@Component
@Order(50)
class FirstRequestWarmUp implements GraphReadyListener {

	static final String DOCUMENT = "{ people(first: 50) { totalCount edges { cursor node { id name careerStage } } "
			+ "pageInfo { hasNextPage endCursor } } }";

	private static final Logger log = LoggerFactory.getLogger(FirstRequestWarmUp.class);

	private final ExecutionGraphQlService graphQl;

	private final JsonMapper json;

	private final BackgroundWork background;

	FirstRequestWarmUp(ExecutionGraphQlService graphQl, JsonMapper json, BackgroundWork background) {
		this.graphQl = graphQl;
		this.json = json;
		this.background = background;
	}

	@Override
	public boolean servesRequests() {
		return true;
	}

	@Override
	public void graphReady() {
		this.background.submit("First-request warm-up", this::run);
	}

	/**
	 * Runs the people list once.
	 * @return whether it answered without errors
	 */
	boolean run() {
		long start = System.nanoTime();
		try {
			ExecutionGraphQlResponse response = this.graphQl
				.execute(new DefaultExecutionGraphQlRequest(DOCUMENT, null, Map.of(), Map.of(), "first-request-warm-up",
						Locale.ENGLISH))
				.block(Duration.ofMinutes(1));
			this.json.writeValueAsBytes(response.toMap());
			log.debug("First request warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
			return response.isValid() && response.getErrors().isEmpty();
		}
		catch (RuntimeException ex) {
			log.debug("First request warm-up failed; the first request will be slower", ex);
			return false;
		}
	}

}
