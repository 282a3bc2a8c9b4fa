package org.boomerang.skill.search;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.boomerang.graph.GraphReadyListener;
import org.boomerang.graph.StartupTurns;
import org.boomerang.importing.GraphChangedEvent;
import org.boomerang.importing.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps the skill index in step with the graph: built whole at start-up (after the demo
 * data), updated in the writing thread after every write through this instance, and
 * polled on {@code updatedAt} for writes by other instances or made directly in the
 * database. A poll that finds fewer or more skills than the index holds (skills deleted
 * outside the service) rebuilds the index whole.
 */
@Component
@Order(200)
class SkillIndexSync implements GraphReadyListener, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SkillIndexSync.class);

	private final SkillIndex index;

	private final SkillSource source;

	private final SearchProperties properties;

	private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "skill-index-poll");
		thread.setDaemon(true);
		return thread;
	});

	/** Whether the first build has begun: writes after that must reach the index. */
	private volatile boolean building;

	/** Open until the first build has ended (built or failed). */
	private final CountDownLatch built = new CountDownLatch(1);

	/**
	 * Where the next poll starts looking, before the overlap; only the poll thread writes
	 * it.
	 */
	private volatile Instant lastPoll = Instant.now();

	private final StartupTurns turns;

	SkillIndexSync(SkillIndex index, SkillSource source, SearchProperties properties, StartupTurns turns) {
		this.index = index;
		this.source = source;
		this.properties = properties;
		this.turns = turns;
	}

	/**
	 * Builds the index on the poll thread, so the web server need not wait for it;
	 * searches wait until it is built (about a second for the demo's 2,200 skills).
	 */
	@Override
	public void graphReady() {
		this.building = true;
		StartupTurns.Turn turn = this.turns.reserve("skill search index build");
		this.poller.execute(() -> {
			try {
				turn.run(this::rebuild);
			}
			catch (RuntimeException ex) {
				if (!this.poller.isShutdown()) {
					log.warn("Building the skill search index failed; the next poll tries again: {}", ex.toString());
				}
			}
			finally {
				this.built.countDown();
			}
		});
		long every = this.properties.pollInterval().toMillis();
		this.poller.scheduleWithFixedDelay(this::pollQuietly, every, every, TimeUnit.MILLISECONDS);
	}

	/**
	 * Reads every skill from the graph into a fresh index.
	 */
	void rebuild() {
		long start = System.nanoTime();
		Instant started = Instant.now();
		List<IndexedSkill> all = this.source.all();
		this.index.replaceAll(all);
		this.lastPoll = started;
		log.info("Skill search index built: {} skills in {} ms", all.size(), (System.nanoTime() - start) / 1_000_000);
	}

	@EventListener
	void graphChanged(GraphChangedEvent event) {
		List<String> skills = event.changed(Kind.SKILLS);
		if (skills.isEmpty()) {
			return;
		}
		if (!this.building) {
			// Before the first build (the demo's import at start-up): it will read them.
			return;
		}
		// A write while the first build runs: the build may have read the graph before
		// this write, so the write waits for it and then applies its own skills.
		awaitFirstBuild();
		refresh(skills);
	}

	private void awaitFirstBuild() {
		try {
			this.built.await(1, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Looks for skills written since the last poll (less the overlap) whose version the
	 * index does not have yet.
	 */
	void poll() {
		Instant started = Instant.now();
		SkillSource.Changes changes = this.source.changedSince(this.lastPoll.minus(this.properties.pollOverlap()));
		List<String> stale = changes.versions()
			.entrySet()
			.stream()
			.filter((e) -> !Objects.equals(this.index.version(e.getKey()), e.getValue()))
			.map(Map.Entry::getKey)
			.toList();
		if (!stale.isEmpty()) {
			log.debug("Skill search index: {} skills changed elsewhere", stale.size());
			refresh(stale);
		}
		if (changes.total() != this.index.size()) {
			log.info("Skill search index holds {} skills but the graph {}: rebuilding", this.index.size(),
					changes.total());
			rebuild();
		}
		this.lastPoll = started;
	}

	private void pollQuietly() {
		try {
			poll();
		}
		catch (RuntimeException ex) {
			// The next poll tries again; searches go on against the index as it is.
			if (!this.poller.isShutdown()) {
				log.warn("Polling the graph for changed skills failed: {}", ex.toString());
			}
		}
	}

	private void refresh(List<String> ids) {
		List<IndexedSkill> found = this.source.byIds(ids);
		Set<String> gone = new HashSet<>(ids);
		found.forEach((s) -> gone.remove(s.id()));
		this.index.apply(found, gone);
	}

	@Override
	public void destroy() {
		this.poller.shutdownNow();
	}

}
