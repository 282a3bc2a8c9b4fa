package org.boomerang.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.boomerang.mentoring.FlowIndex;
import org.boomerang.mentoring.NetworkLevel;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;

/**
 * The coordinator's network, brokers and timeline of a window, computed from the window's
 * transfers (and, for brokers, mentorships) on threads of their own
 * ({@link CoordinatorWorkConfiguration}: networks and timelines on one, brokers on
 * another, so a page asking for both gets its network first) and kept in a cache keyed by
 * the window and its filters. Any new transfer empties the cache
 * ({@link NetworkChanges}): transfers arrive far less often than coordinators look, and a
 * new one may change every window that holds its day.
 */
@Service
class NetworkService {

	/** Windows (with their filters) kept; each holds a few thousand numbers at most. */
	private static final int CACHED_WINDOWS = 256;

	private final NetworkRepository repository;

	private final FlowIndex flows;

	private final NetworkChanges changes;

	private final ThreadPoolTaskExecutor counts;

	private final ThreadPoolTaskExecutor brokers;

	/** Counts the times the cache was emptied: an answer begun before one is not kept. */
	private final AtomicLong generation = new AtomicLong();

	private final BrokerFinder finder = new BrokerFinder();

	private final AsyncCache<Key, Object> cache = Caffeine.newBuilder().maximumSize(CACHED_WINDOWS).buildAsync();

	NetworkService(NetworkRepository repository, FlowIndex flows, NetworkChanges changes,
			@Qualifier(CoordinatorWorkConfiguration.COUNTS) ThreadPoolTaskExecutor counts,
			@Qualifier(CoordinatorWorkConfiguration.BROKERS) ThreadPoolTaskExecutor brokers) {
		this.repository = repository;
		this.flows = flows;
		this.changes = changes;
		this.counts = counts;
		this.brokers = brokers;
	}

	/**
	 * The place network of a window.
	 */
	Network network(NetworkLevel level, LocalDate since, LocalDate until, String skill, String institution) {
		return cached(new Key("network", level, since, until, skill, institution), this.counts,
				() -> computeNetwork(level, since, until, skill, institution));
	}

	/**
	 * Every person with a betweenness above zero in the window's person network, best
	 * first.
	 */
	BrokerRanking brokers(NetworkLevel level, LocalDate since, LocalDate until) {
		return cached(new Key("brokers", level, since, until, null, null), this.brokers,
				() -> computeBrokers(level, since, until));
	}

	/**
	 * The months of a window, from the first with transfers to the last, at a place or
	 * everywhere.
	 */
	List<MentoringMonth> timeline(NetworkLevel level, String place, LocalDate since, LocalDate until) {
		return cached(new Key("timeline", level, since, until, null, place), this.counts,
				() -> computeTimeline(level, place, since, until));
	}

	@EventListener
	void transfersArrived(NetworkChanges.TransfersArrived event) {
		this.generation.incrementAndGet();
		this.cache.synchronous().invalidateAll();
	}

	@SuppressWarnings("unchecked")
	private <T> T cached(Key key, ThreadPoolTaskExecutor executor, Supplier<T> compute) {
		// One cheap read: transfers written through another instance empty the cache
		// here too before it answers.
		this.changes.check();
		CompletableFuture<Object> value = this.cache.get(key, (k, cacheExecutor) -> {
			long begun = this.generation.get();
			CompletableFuture<Object> result = CompletableFuture.supplyAsync(compute::get, executor);
			// An answer begun before the cache was emptied may miss the transfers that
			// emptied it: it answers the requests that waited for it, and goes.
			result.whenComplete((answer, failure) -> {
				if (this.generation.get() != begun) {
					this.cache.asMap().remove(k, result);
				}
			});
			return result;
		});
		try {
			return (T) value.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw ex;
		}
	}

	private Network computeNetwork(NetworkLevel level, LocalDate since, LocalDate until, String skill,
			String institution) {
		FlowIndex.PlaceNetwork counted = this.flows.network(level, since, until, skill, institution);
		Map<String, String> names = this.repository.placeNames(level,
				counted.nodes().stream().map(FlowIndex.PlaceNode::id).toList());
		List<NetworkEdge> edges = new ArrayList<>();
		for (FlowIndex.PlaceEdge edge : counted.edges()) {
			edges.add(new NetworkEdge(edge.from(), edge.to(), edge.transfers(), edge.people(),
					(double) edge.reverse() / edge.transfers(), (double) edge.reciprocal() / edge.transfers()));
		}
		edges.sort(Comparator.comparingInt(NetworkEdge::transfers)
			.reversed()
			.thenComparing(NetworkEdge::from)
			.thenComparing(NetworkEdge::to));
		List<NetworkNode> nodes = counted.nodes()
			.stream()
			.map((n) -> new NetworkNode(n.id(), names.getOrDefault(n.id(), n.id()), level, n.people(), n.transfersIn(),
					n.transfersOut()))
			.toList();
		return new Network(nodes, edges, since, until);
	}

	private BrokerRanking computeBrokers(NetworkLevel level, LocalDate since, LocalDate until) {
		PersonNetwork.Builder builder = PersonNetwork.builder();
		this.flows.transfers(level, since, until, (row) -> {
			if (!row.from().equals(row.to())) {
				builder.tie(row.from(), row.fromPlaces(), row.to(), row.toPlaces(), 1);
			}
		});
		this.repository.mentorships(level, since, until, (row) -> {
			if (!row.mentor().equals(row.mentee())) {
				builder.tie(row.mentor(), row.mentorPlaces(), row.mentee(), row.menteePlaces(), 0);
			}
		});
		PersonNetwork network = builder.build();
		return this.finder.rank(network, Math.max(1, network.people()));
	}

	private List<MentoringMonth> computeTimeline(NetworkLevel level, String place, LocalDate since, LocalDate until) {
		return this.flows.months(level, place, since, until)
			.stream()
			.map((m) -> new MentoringMonth(m.month().toString(), m.transfers(), m.reverse(), m.traditional(), m.peer(),
					m.reciprocal()))
			.toList();
	}

	/**
	 * A cached answer: what it is, and the window and filters it is for.
	 */
	private record Key(String what, NetworkLevel level, LocalDate since, LocalDate until, String skill, String place) {
	}

}
