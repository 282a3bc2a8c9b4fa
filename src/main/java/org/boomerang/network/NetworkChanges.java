package org.boomerang.network;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.boomerang.graph.DerivedState;
import org.boomerang.importing.GraphChangedEvent;
import org.boomerang.importing.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Notices new transfers and tells the rest of the coordinator's network: the cache (a
 * {@link TransfersArrived} event) and the live pages (a stream of arrivals that the
 * {@code networkChanged} subscription filters by window).
 * <p>
 * It compares the graph's transfer watermark (how many transfers, and the newest
 * {@code createdAt}, the flow index's cheap read) with the one it saw last. It looks
 * after every write of this instance that touched transfers (recordTransfer, imports: the
 * {@link GraphChangedEvent}), before every network query (so answers are as current as
 * {@code knowledgeFlows}, whatever instance wrote), and every poll interval while a page
 * is subscribed (so pages hear of transfers written through other instances).
 */
@Component
class NetworkChanges implements DerivedState {

	private static final Logger log = LoggerFactory.getLogger(NetworkChanges.class);

	/** Before any transfer: the lower bound when the graph had none. */
	private static final ZonedDateTime BEGINNING = ZonedDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

	private final NetworkRepository repository;

	private final ApplicationEventPublisher events;

	private final Sinks.Many<TransfersArrived> arrivals = Sinks.many().multicast().directBestEffort();

	private final AtomicInteger subscribers = new AtomicInteger();

	private volatile NetworkRepository.Watermark seen;

	NetworkChanges(NetworkRepository repository, ApplicationEventPublisher events) {
		this.repository = repository;
		this.events = events;
	}

	/**
	 * Compares the watermark with the last one seen and, when transfers arrived (or
	 * went), tells the cache and the subscribers.
	 */
	void check() {
		NetworkRepository.Watermark first = this.repository.watermark();
		if (same(first, this.seen)) {
			return;
		}
		TransfersArrived arrived;
		synchronized (this) {
			NetworkRepository.Watermark now = this.repository.watermark();
			NetworkRepository.Watermark before = this.seen;
			if (before == null) {
				this.seen = now;
				return;
			}
			if (same(now, before)) {
				return;
			}
			boolean grew = now.total() > before.total() && now.latest() != null
					&& (before.latest() == null || now.latest().isAfter(before.latest()));
			Map<LocalDate, Integer> days = grew
					? this.repository.transferDaysAfter((before.latest() != null) ? before.latest() : BEGINNING) : null;
			this.seen = now;
			arrived = new TransfersArrived(days, ZonedDateTime.now(ZoneOffset.UTC));
		}
		this.events.publishEvent(arrived);
		this.arrivals.tryEmitNext(arrived);
	}

	private static boolean same(NetworkRepository.Watermark a, NetworkRepository.Watermark b) {
		if (a == null || b == null || a.total() != b.total()) {
			return false;
		}
		return (a.latest() == null) ? b.latest() == null : b.latest() != null && a.latest().isEqual(b.latest());
	}

	/**
	 * The arrivals from now on, for one subscriber.
	 * @return a stream that never completes by itself
	 */
	Flux<TransfersArrived> arrivals() {
		return this.arrivals.asFlux()
			.doOnSubscribe((s) -> this.subscribers.incrementAndGet())
			.doFinally((signal) -> this.subscribers.decrementAndGet());
	}

	/** How many pages are listening now. */
	int subscribers() {
		return this.subscribers.get();
	}

	@EventListener
	void graphChanged(GraphChangedEvent event) {
		if (!event.changed(Kind.TRANSFERS).isEmpty()) {
			check();
		}
	}

	/**
	 * Transfers written through other instances reach this one's pages by this poll; it
	 * reads only while someone listens.
	 */
	@Scheduled(fixedDelayString = "${boomerang.network.poll-interval:PT10S}",
			initialDelayString = "${boomerang.network.poll-interval:PT10S}")
	void poll() {
		if (this.subscribers.get() == 0) {
			return;
		}
		try {
			check();
		}
		catch (RuntimeException ex) {
			log.warn("Could not look for new transfers: {}", ex.getMessage());
		}
	}

	@Override
	public void rebuildFromGraph() {
		synchronized (this) {
			this.seen = this.repository.watermark();
		}
		this.events.publishEvent(new TransfersArrived(null, ZonedDateTime.now(ZoneOffset.UTC)));
	}

	/**
	 * New transfers (or fewer: erasure, a cleared graph) were noticed.
	 *
	 * @param days the days of the new transfers with how many on each, or null when
	 * unknown (transfers went, so any window may have changed)
	 * @param at when it was noticed
	 */
	record TransfersArrived(Map<LocalDate, Integer> days, ZonedDateTime at) {

		/**
		 * How many of the new transfers fall into a window.
		 * @param since first day, or null
		 * @param until last day, or null
		 * @return the count; 1 when the days are unknown
		 */
		int within(LocalDate since, LocalDate until) {
			if (this.days == null) {
				return 1;
			}
			return this.days.entrySet()
				.stream()
				.filter((d) -> (since == null || !d.getKey().isBefore(since))
						&& (until == null || !d.getKey().isAfter(until)))
				.mapToInt(Map.Entry::getValue)
				.sum();
		}

	}

}
