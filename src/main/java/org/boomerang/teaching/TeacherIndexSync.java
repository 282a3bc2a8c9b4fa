package org.boomerang.teaching;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.boomerang.graph.BackgroundWork;
import org.boomerang.graph.DerivedState;
import org.boomerang.graph.GraphReadyListener;
import org.boomerang.importing.GraphChangedEvent;
import org.boomerang.importing.Kind;
import org.boomerang.skill.search.SearchProperties;
import org.boomerang.teaching.index.TeacherIndex;
import org.boomerang.teaching.index.TeacherRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@link TeacherIndex} in step with the graph.
 * <ul>
 * <li>Built whole as background work ({@link BackgroundWork}) once the graph is ready;
 * until then (and during any later rebuild) {@link #ready()} is false and the ranking
 * query answers instead, so an answer is never ranked on a half-built or stale
 * index.</li>
 * <li>After every write through this instance, the people it touched (people written,
 * mentors of mentorships written, teachers of transfers written) are reloaded in the
 * writing thread, before the write's answer returns. A write touching more than
 * {@code boomerang.teaching.reload-limit} teachers rebuilds in the background
 * instead.</li>
 * <li>Every {@code boomerang.search.poll-interval} (on Spring's task scheduler) the graph
 * is asked for people, mentorships and transfers written since the last poll (less the
 * overlap), by other instances or directly in the database; those whose version, transfer
 * count or mentorship end dates differ from the index are reloaded. A different number of
 * people (deletions outside the service) rebuilds.</li>
 * </ul>
 */
@Component
@Order(250)
class TeacherIndexSync implements GraphReadyListener, DerivedState, SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(TeacherIndexSync.class);

	private static final int BATCH = 2000;

	private final TeacherIndex index;

	private final TeacherRepository repository;

	private final TeachingProperties properties;

	private final SearchProperties polling;

	private final BackgroundWork background;

	/** Guards everything below and every change to the index. */
	private final Object lock = new Object();

	private volatile boolean ready;

	private int builds;

	private final Set<String> pendingPeople = new LinkedHashSet<>();

	private final Set<String> pendingMentorships = new LinkedHashSet<>();

	private final Set<String> pendingTransfers = new LinkedHashSet<>();

	private Instant lastPoll = Instant.now();

	TeacherIndexSync(TeacherIndex index, TeacherRepository repository, TeachingProperties properties,
			SearchProperties polling, BackgroundWork background) {
		this.index = index;
		this.repository = repository;
		this.properties = properties;
		this.polling = polling;
		this.background = background;
	}

	/**
	 * @return whether the index is complete and current, so rankings may use it
	 */
	boolean ready() {
		return this.ready;
	}

	/**
	 * Waits for the index while it builds (after start-up or a large import), for work
	 * that would otherwise run the ranking query many times over.
	 * @param limit the longest wait
	 * @return whether it is ready; false at once when the in-memory index is off
	 */
	boolean awaitReady(Duration limit) {
		long deadline = System.nanoTime() + limit.toNanos();
		while (!this.ready && this.properties.inMemoryIndex() && System.nanoTime() < deadline) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return this.ready;
			}
		}
		return this.ready;
	}

	@Override
	public boolean servesRequests() {
		return true;
	}

	@Override
	public void graphReady() {
		if (!this.properties.inMemoryIndex()) {
			log.info(
					"Teacher ranking runs the ranking query on each request (boomerang.teaching.in-memory-index=false)");
			return;
		}
		rebuildInBackground("Teacher index build");
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		if (this.properties.inMemoryIndex()) {
			Duration every = this.polling.pollInterval();
			tasks.addFixedDelayTask(new FixedDelayTask(this::pollQuietly, every, every));
		}
	}

	@Override
	public void rebuildFromGraph() {
		if (this.properties.inMemoryIndex()) {
			rebuild();
		}
	}

	/**
	 * Rebuilds as background work, after the background work handed in before.
	 * @param what the rebuild, for the log
	 */
	private void rebuildInBackground(String what) {
		synchronized (this.lock) {
			this.ready = false;
			this.builds++;
		}
		this.background.submit(what, () -> {
			try {
				rebuild();
			}
			catch (RuntimeException ex) {
				if (this.background.stopping()) {
					// Stopped while building (Ctrl+C during start-up): not a fault.
					log.debug("Teacher index build stopped by shutdown: {}", ex.toString());
				}
				else {
					log.warn("The teacher index could not be built; the ranking query answers until a later poll"
							+ " rebuilds it", ex);
				}
			}
		});
	}

	/**
	 * Reads everyone into a fresh index; writes through this instance while it reads are
	 * kept and reloaded at the end.
	 */
	private void rebuild() {
		long start = System.nanoTime();
		Instant started = Instant.now();
		int build;
		synchronized (this.lock) {
			this.ready = false;
			build = ++this.builds;
			clearPending();
		}
		List<String> ids = this.repository.personIds();
		List<TeacherRow> rows = new ArrayList<>(ids.size());
		long lastLog = System.nanoTime();
		for (List<String> batch : TeacherRepository.batches(ids, BATCH)) {
			rows.addAll(this.repository.teachers(batch, List.of(), List.of()));
			if (System.nanoTime() - lastLog > 5_000_000_000L) {
				log.info("Teacher index: {} of {} people read", rows.size(), ids.size());
				lastLog = System.nanoTime();
			}
		}
		synchronized (this.lock) {
			if (build != this.builds) {
				// A newer build was asked for while this one read: it will finish the
				// job.
				return;
			}
			this.index.replaceAll(rows, this.repository.placeNames());
			reload(List.copyOf(this.pendingPeople), List.copyOf(this.pendingMentorships),
					List.copyOf(this.pendingTransfers));
			clearPending();
			this.lastPoll = started;
			this.ready = true;
		}
		log.info("Teacher index built: {} people in {} ms", rows.size(), (System.nanoTime() - start) / 1_000_000);
	}

	@EventListener
	void graphChanged(GraphChangedEvent event) {
		if (!this.properties.inMemoryIndex()) {
			return;
		}
		List<String> people = event.changed(Kind.PEOPLE);
		List<String> mentorships = event.changed(Kind.MENTORSHIPS);
		List<String> transfers = event.changed(Kind.TRANSFERS);
		boolean places = !event.changed(Kind.INSTITUTIONS).isEmpty() || !event.changed(Kind.PROFESSIONS).isEmpty();
		synchronized (this.lock) {
			if (!this.ready) {
				this.pendingPeople.addAll(people);
				this.pendingMentorships.addAll(mentorships);
				this.pendingTransfers.addAll(transfers);
				return;
			}
			if (people.size() + mentorships.size() + transfers.size() > this.properties.reloadLimit()) {
				log.info("Teacher index: a write touched {} people, {} mentorships and {} transfers; rebuilding in"
						+ " the background", people.size(), mentorships.size(), transfers.size());
				rebuildInBackground("Teacher index rebuild after a large write");
				return;
			}
			if (places) {
				this.index.placeNames(this.repository.placeNames());
			}
			reload(people, mentorships, transfers);
		}
	}

	/** Reloads people (taking out those that are gone) and the teachers behind writes. */
	private void reload(List<String> people, List<String> mentorships, List<String> transfers) {
		if (people.isEmpty() && mentorships.isEmpty() && transfers.isEmpty()) {
			return;
		}
		List<TeacherRow> rows = this.repository.teachers(people, mentorships, transfers);
		Set<String> gone = new HashSet<>(people);
		rows.forEach((r) -> gone.remove(r.id()));
		this.index.apply(rows, gone);
	}

	/**
	 * Looks for writes made since the last poll (less the overlap) that the index does
	 * not reflect yet.
	 */
	void poll() {
		Instant started = Instant.now();
		synchronized (this.lock) {
			if (!this.ready) {
				return;
			}
			Duration overlap = this.polling.pollOverlap();
			TeacherRepository.Changes changes = this.repository.changedSince(this.lastPoll.minus(overlap));
			List<String> stale = changes.changed()
				.stream()
				.filter(this::differs)
				.map(TeacherRepository.Changed::id)
				.toList();
			if (stale.size() > this.properties.reloadLimit()) {
				rebuildInBackground("Teacher index rebuild after many writes elsewhere");
				return;
			}
			if (!stale.isEmpty()) {
				log.debug("Teacher index: {} people changed elsewhere", stale.size());
				for (List<String> batch : TeacherRepository.batches(stale, BATCH)) {
					reload(batch, List.of(), List.of());
				}
			}
			if (changes.people() != this.index.size()) {
				log.info("Teacher index holds {} people but the graph {}: rebuilding", this.index.size(),
						changes.people());
				rebuildInBackground("Teacher index rebuild after people were deleted or added elsewhere");
				return;
			}
			this.index.placeNames(this.repository.placeNames());
			this.lastPoll = started;
		}
	}

	private boolean differs(TeacherRepository.Changed changed) {
		TeacherRow held = this.index.get(changed.id());
		return held == null || !Objects.equals(held.version(), changed.version())
				|| held.taughtDays().length != changed.taught()
				|| !Arrays.equals(held.mentoringUntil(), changed.mentoringUntil());
	}

	private void pollQuietly() {
		try {
			poll();
		}
		catch (RuntimeException ex) {
			// The next poll tries again; rankings go on against the index as it is.
			if (!this.background.stopping()) {
				log.warn("Polling the graph for changed teachers failed: {}", ex.toString());
			}
		}
	}

	private void clearPending() {
		this.pendingPeople.clear();
		this.pendingMentorships.clear();
		this.pendingTransfers.clear();
	}

}
