package org.boomerang.mentoring;

import org.boomerang.graph.BackgroundWork;
import org.boomerang.graph.GraphReadyListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Builds the flow index in the background once the graph is ready, so the first
 * {@code knowledgeFlows} after start-up does not wait for a million transfers to load.
 * Start-up itself does not wait: a query arriving earlier builds the index itself.
 */
@Component
@Order(300)
class FlowIndexWarmUp implements GraphReadyListener {

	private static final Logger log = LoggerFactory.getLogger(FlowIndexWarmUp.class);

	private final FlowIndex index;

	private final BackgroundWork background;

	FlowIndexWarmUp(FlowIndex index, BackgroundWork background) {
		this.index = index;
		this.background = background;
	}

	@Override
	public boolean servesRequests() {
		return true;
	}

	@Override
	public void graphReady() {
		this.background.submit("Flow index warm-up", this::warmUp);
	}

	private void warmUp() {
		try {
			long start = System.nanoTime();
			FlowIndex.Snapshot ready = this.index.current();
			log.info("Flow index warmed up: {} transfers in {} ms", ready.total(),
					(System.nanoTime() - start) / 1_000_000);
		}
		catch (RuntimeException ex) {
			if (this.background.stopping()) {
				log.debug("Flow index warm-up cut short by shutdown", ex);
			}
			else {
				log.warn("The flow index could not be built at start-up; the first flow query will try again", ex);
			}
		}
	}

}
