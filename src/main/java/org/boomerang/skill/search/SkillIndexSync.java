package org.boomerang.skill.search;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.boomerang.graph.BackgroundWork;
import org.boomerang.graph.GraphReadyListener;
import org.boomerang.importing.GraphChangedEvent;
import org.boomerang.importing.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Keeps the skill index in step with the graph: built whole at start-up (after the demo
 * data) as background work, updated in the writing thread after every write through this
 * instance, and polled on {@code updatedAt} (every
 * {@code boomerang.search.poll-interval}, on Spring's task scheduler) for writes by other
 * instances or made directly in the database. A poll that finds fewer or more skills than
 * the index holds (skills deleted outside the service) rebuilds the index whole.
 */
@Component
@Order(200)
class SkillIndexSync implements GraphReadyListener, SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(SkillIndexSync.class);

	private final SkillIndex index;

	private final IndexedSkillRepository repository;

	private final SearchProperties properties;

	private final BackgroundWork background;

	/**
	 * The first build, once handed in: writes after that must reach the index, and polls
	 * wait until it has ended.
	 */
	private volatile CompletableFuture<Void> firstBuild;

	/**
	 * Where the next poll starts looking, before the overlap; only the poll thread writes
	 * it.
	 */
	private volatile Instant lastPoll = Instant.now();

	SkillIndexSync(SkillIndex index, IndexedSkillRepository repository, SearchProperties properties,
			BackgroundWork background) {
		this.index = index;
		this.repository = repository;
		this.properties = properties;
		this.background = background;
	}

	/**
	 * Builds the index in the background, so the web server need not wait for it;
	 * searches wait until it is built (about a second for the demo's 2,200 skills).
	 */
	@Override
	public boolean servesRequests() {
		return true;
	}

	@Override
	public void graphReady() {
		this.firstBuild = this.background.submit("Skill search index build", () -> {
			try {
				rebuild();
			}
			catch (RuntimeException ex) {
				if (this.background.stopping()) {
					log.debug("Skill search index build cut short by shutdown: {}", ex.toString());
				}
				else {
					log.warn("Building the skill search index failed; the next poll tries again: {}", ex.toString());
				}
			}
		});
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		Duration every = this.properties.pollInterval();
		tasks.addFixedDelayTask(new FixedDelayTask(this::pollQuietly, every, every));
	}

	/**
	 * Reads every skill from the graph into a fresh index.
	 */
	void rebuild() {
		long start = System.nanoTime();
		Instant started = Instant.now();
		List<IndexedSkill> all = this.repository.all();
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
		CompletableFuture<Void> first = this.firstBuild;
		if (first == null) {
			// Before the first build (the demo's import at start-up): it will read them.
			return;
		}
		// A write while the first build waits or runs: the build may have read the graph
		// before this write, so the write waits for it and then applies its own skills.
		awaitFirstBuild(first);
		refresh(skills);
	}

	private static void awaitFirstBuild(CompletableFuture<Void> first) {
		try {
			first.get(1, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException ex) {
			// Failed or slow: the write applies its own skills all the same.
		}
	}

	/**
	 * Looks for skills written since the last poll (less the overlap) whose version the
	 * index does not have yet.
	 */
	void poll() {
		CompletableFuture<Void> first = this.firstBuild;
		if (first == null || !first.isDone()) {
			// The first build reads everything; polling meanwhile would race it.
			return;
		}
		Instant started = Instant.now();
		IndexedSkillRepository.Changes changes = this.repository
			.changedSince(this.lastPoll.minus(this.properties.pollOverlap()));
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
			if (!this.background.stopping()) {
				log.warn("Polling the graph for changed skills failed: {}", ex.toString());
			}
		}
	}

	private void refresh(List<String> ids) {
		List<IndexedSkill> found = this.repository.byIds(ids);
		Set<String> gone = new HashSet<>(ids);
		found.forEach((s) -> gone.remove(s.id()));
		this.index.apply(found, gone);
	}

}
