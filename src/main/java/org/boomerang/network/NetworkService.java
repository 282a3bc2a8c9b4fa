package org.boomerang.network;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.boomerang.graph.BackgroundWork;
import org.boomerang.mentoring.NetworkLevel;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The coordinator's network, brokers and timeline of a window, computed from the window's
 * transfers (and, for brokers, mentorships) on the background thread and kept in a cache
 * keyed by the window and its filters. Any new transfer empties the cache
 * ({@link NetworkChanges}): transfers arrive far less often than coordinators look, and a
 * new one may change every window that holds its day.
 */
@Service
class NetworkService {

	/** Windows (with their filters) kept; each holds a few thousand numbers at most. */
	private static final int CACHED_WINDOWS = 256;

	private final NetworkRepository repository;

	private final NetworkChanges changes;

	private final BackgroundWork background;

	private final BrokerFinder finder = new BrokerFinder();

	private final AsyncCache<Key, Object> cache = Caffeine.newBuilder().maximumSize(CACHED_WINDOWS).buildAsync();

	NetworkService(NetworkRepository repository, NetworkChanges changes, BackgroundWork background) {
		this.repository = repository;
		this.changes = changes;
		this.background = background;
	}

	/**
	 * The place network of a window.
	 */
	Network network(NetworkLevel level, LocalDate since, LocalDate until, String skill, String institution) {
		return cached(new Key("network", level, since, until, skill, institution),
				() -> computeNetwork(level, since, until, skill, institution));
	}

	/**
	 * Every person with a betweenness above zero in the window's person network, best
	 * first.
	 */
	BrokerRanking brokers(NetworkLevel level, LocalDate since, LocalDate until) {
		return cached(new Key("brokers", level, since, until, null, null), () -> computeBrokers(level, since, until));
	}

	/**
	 * The months of a window, from the first with transfers to the last, at a place or
	 * everywhere.
	 */
	List<MentoringMonth> timeline(NetworkLevel level, String place, LocalDate since, LocalDate until) {
		return cached(new Key("timeline", level, since, until, null, place),
				() -> computeTimeline(level, place, since, until));
	}

	@EventListener
	void transfersArrived(NetworkChanges.TransfersArrived event) {
		this.cache.synchronous().invalidateAll();
	}

	@SuppressWarnings("unchecked")
	private <T> T cached(Key key, Supplier<T> compute) {
		// One cheap read: transfers written through another instance empty the cache
		// here too before it answers.
		this.changes.check();
		CompletableFuture<Object> value = this.cache.get(key, (k, executor) -> {
			CompletableFuture<Object> result = new CompletableFuture<>();
			this.background.submit("coordinator " + k, () -> result.complete(compute.get()))
				.whenComplete((done, failure) -> {
					if (failure != null) {
						result.completeExceptionally(failure);
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
		int l = level.ordinal();
		List<NetworkRepository.TransferRow> rows = new ArrayList<>();
		this.repository.transfers(since, until, (row) -> {
			if ((skill == null || skill.equals(row.skill()))
					&& (institution == null || row.fromContext().get(2).contains(institution)
							|| row.toContext().get(2).contains(institution))) {
				rows.add(row);
			}
		});
		Set<String> reciprocal = reciprocal(rows);
		Map<String, Set<String>> nodePeople = new TreeMap<>();
		Map<List<String>, EdgeCounts> edges = new HashMap<>();
		for (NetworkRepository.TransferRow row : rows) {
			List<String> fromPlaces = row.fromContext().get(l);
			List<String> toPlaces = row.toContext().get(l);
			fromPlaces.forEach((f) -> nodePeople.computeIfAbsent(f, (k) -> new HashSet<>()).add(row.from()));
			toPlaces.forEach((t) -> nodePeople.computeIfAbsent(t, (k) -> new HashSet<>()).add(row.to()));
			boolean reverse = "REVERSE".equals(row.direction());
			boolean inReciprocal = row.mentorship() != null && reciprocal.contains(row.mentorship());
			// Each pair of the two sides' places, repeats included, as the flow index
			// counts.
			for (String f : fromPlaces) {
				for (String t : toPlaces) {
					edges.computeIfAbsent(List.of(f, t), (k) -> new EdgeCounts())
						.add(row.from(), row.to(), reverse, inReciprocal);
				}
			}
		}
		Map<String, String> names = this.repository.placeNames(level, nodePeople.keySet());
		Map<String, int[]> inOut = new HashMap<>();
		List<NetworkEdge> edgeList = new ArrayList<>();
		edges.forEach((pair, counts) -> {
			String from = pair.get(0);
			String to = pair.get(1);
			edgeList.add(new NetworkEdge(from, to, counts.transfers, counts.people.size(),
					(double) counts.reverse / counts.transfers, (double) counts.reciprocal / counts.transfers));
			if (!from.equals(to)) {
				inOut.computeIfAbsent(to, (k) -> new int[2])[0] += counts.transfers;
				inOut.computeIfAbsent(from, (k) -> new int[2])[1] += counts.transfers;
			}
		});
		edgeList.sort(Comparator.comparingInt(NetworkEdge::transfers)
			.reversed()
			.thenComparing(NetworkEdge::from)
			.thenComparing(NetworkEdge::to));
		List<NetworkNode> nodes = new ArrayList<>();
		nodePeople.forEach((id, people) -> {
			int[] counts = inOut.getOrDefault(id, new int[2]);
			nodes.add(new NetworkNode(id, names.getOrDefault(id, id), level, people.size(), counts[0], counts[1]));
		});
		return new Network(nodes, edgeList, since, until);
	}

	private BrokerRanking computeBrokers(NetworkLevel level, LocalDate since, LocalDate until) {
		int l = level.ordinal();
		PersonNetwork.Builder builder = PersonNetwork.builder();
		this.repository.transfers(since, until, (row) -> {
			if (!row.from().equals(row.to())) {
				builder.tie(row.from(), row.fromContext().get(l), row.to(), row.toContext().get(l), 1);
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
		int l = level.ordinal();
		List<NetworkRepository.TransferRow> rows = new ArrayList<>();
		this.repository.transfers(since, until, (row) -> {
			if (place == null || row.fromContext().get(l).contains(place) || row.toContext().get(l).contains(place)) {
				rows.add(row);
			}
		});
		if (rows.isEmpty()) {
			return List.of();
		}
		Set<String> reciprocal = reciprocal(rows);
		TreeMap<YearMonth, int[]> months = new TreeMap<>();
		for (NetworkRepository.TransferRow row : rows) {
			int[] m = months.computeIfAbsent(YearMonth.from(row.on()), (k) -> new int[5]);
			m[0]++;
			switch (String.valueOf(row.direction())) {
				case "REVERSE" -> m[1]++;
				case "TRADITIONAL" -> m[2]++;
				default -> m[3]++;
			}
			if (row.mentorship() != null && reciprocal.contains(row.mentorship())) {
				m[4]++;
			}
		}
		List<MentoringMonth> series = new ArrayList<>();
		for (YearMonth month = months.firstKey(); !month.isAfter(months.lastKey()); month = month.plusMonths(1)) {
			int[] m = months.getOrDefault(month, new int[5]);
			series.add(new MentoringMonth(month.toString(), m[0], m[1], m[2], m[3], m[4]));
		}
		return series;
	}

	private Set<String> reciprocal(List<NetworkRepository.TransferRow> rows) {
		Set<String> mentorships = new TreeSet<>();
		rows.forEach((row) -> {
			if (row.mentorship() != null) {
				mentorships.add(row.mentorship());
			}
		});
		return this.repository.reciprocal(mentorships);
	}

	/**
	 * A cached answer: what it is, and the window and filters it is for.
	 */
	private record Key(String what, NetworkLevel level, LocalDate since, LocalDate until, String skill, String place) {
	}

	/**
	 * Counts of one edge while the transfers are read.
	 */
	private static final class EdgeCounts {

		int transfers;

		int reverse;

		int reciprocal;

		final Set<String> people = new HashSet<>();

		void add(String from, String to, boolean reverse, boolean reciprocal) {
			this.transfers++;
			this.people.add(from);
			this.people.add(to);
			if (reverse) {
				this.reverse++;
			}
			if (reciprocal) {
				this.reciprocal++;
			}
		}

	}

}
