package org.boomerang.mentoring;

import org.boomerang.graph.GraphReadyListener;
import org.boomerang.graph.StartupTurns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Builds the flow index in the background once the graph is ready, so the first
 * {@code knowledgeFlows} after start-up does not wait for a million transfers to load.
 * Start-up itself does not wait: a query arriving earlier builds the index itself.
 */
@Component
@Order(300)
class FlowIndexWarmUp implements GraphReadyListener, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(FlowIndexWarmUp.class);

	private final FlowIndex index;

	/** Set on shutdown: a build cut short by it is no news. */
	private volatile boolean stopping;

	private final StartupTurns turns;

	FlowIndexWarmUp(FlowIndex index, StartupTurns turns) {
		this.index = index;
		this.turns = turns;
	}

	@Override
	public void graphReady() {
		StartupTurns.Turn turn = this.turns.reserve("flow index warm-up");
		Thread thread = new Thread(() -> turn.run(() -> {
			try {
				long start = System.nanoTime();
				FlowIndex.Snapshot ready = this.index.current();
				log.info("Flow index warmed up: {} transfers in {} ms", ready.total(),
						(System.nanoTime() - start) / 1_000_000);
			}
			catch (RuntimeException ex) {
				if (this.stopping) {
					log.debug("Flow index warm-up cut short by shutdown", ex);
				}
				else {
					log.warn("The flow index could not be built at start-up; the first flow query will try again", ex);
				}
			}
		}), "flow-index-warm-up");
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public void destroy() {
		this.stopping = true;
	}

}
