package org.boomerang.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load client for {@code whoCanTeach} over HTTP: a realistic mix of topics (names,
 * aliases, abbreviations, typos, broad and narrow topics), half of the requests with an
 * asker. Prints the median, p95 and p99 latency and the throughput for each number of
 * concurrent clients. Not a test: run it through
 * {@code src/test/scripts/search-benchmark.sh}.
 *
 * <p>
 * Arguments: {@code BASE_URL REQUESTS_PER_CLIENT CLIENTS...}, e.g.
 * {@code http://127.0.0.1:8080 500 1 8}.
 *
 * <p>
 * The service's JIT compilers share the two cores with the load, so the service keeps
 * getting faster for a minute or more under load: a short warm-up measures compilation,
 * not the service. The warm-up therefore runs 8 clients for {@code BENCH_WARMUP_SECONDS}
 * (default 90) and prints the throughput of every 10 seconds, so the curve is visible;
 * then each number of clients is measured {@code BENCH_ROUNDS} times (default 3).
 *
 * <p>
 * Every request carries a bearer token, as in production: {@code BENCH_TOKEN} when set,
 * else one from the development sign-in for a person of the network (with an e-mail)
 * signed in as an admin, so that the benchmark pays for finding the token's person too
 * and may ask as anyone. A signed-in person asks as themselves when a request names no
 * asker, so half of the requests rank for that person; {@code BENCH_SIGN_IN=client} signs
 * in as a {@code boomerang:read} client instead (no person: requests without an asker
 * rank for nobody, as every request did before sign-in existed).
 */
public final class SearchBenchmark {

	static final List<String> TOPICS = List.of("EMR", "EHR", "electronic health record", "Electronic Health Records",
			"teleheath", "telemedicine", "virtual care", "podcast", "making a podcast", "podcasting", "digital health",
			"e-learning", "online course design", "REDCap", "clinical reasoning", "simulation teaching",
			"bedside teaching", "social media", "data analysis", "statistics", "research methods", "leadership",
			"teach", "nursing", "wound care", "pharmacology", "physiotherapy", "speech therapy", "dental hygiene",
			"mentoring", "public speaking", "project management", "C++", "clinical reasonning",
			"telehealth consultations", "patient safety", "quality improvement", "infection control", "first aid",
			"medication", "elearning");

	private static final String QUERY = "query($t: String!, $a: ID) { whoCanTeach(topic: $t, asker: $a, first: 10) {"
			+ " edges { node { person { id name } score direction available reasons } } } }";

	private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

	private static final Pattern PERSON_ID = Pattern.compile("\"id\":\"([^\"]+)\"");

	private static volatile String token;

	private SearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int perClient = Integer.parseInt(args[1]);
		int[] clientCounts = Arrays.stream(args, 2, args.length).mapToInt(Integer::parseInt).toArray();
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		token = System.getenv("BENCH_TOKEN");
		if (token == null) {
			token = signIn(http, base, "{\"client\": \"search-benchmark\", \"scopes\": [\"boomerang:read\"]}");
		}
		if (System.getenv("BENCH_TOKEN") == null && !"client".equals(System.getenv("BENCH_SIGN_IN"))) {
			// E-mails are shown only to admins and their owners: sign in as the first of
			// the
			// first 100 people whom the development sign-in accepts (it needs an e-mail).
			String people = post(http, base, "{\"query\": \"{ people(first: 100) { edges { node { id } } } }\"}");
			Matcher person = PERSON_ID.matcher(people);
			String admin = null;
			while (admin == null && person.find()) {
				try {
					admin = signIn(http, base, "{\"person\": \"" + person.group(1) + "\", \"roles\": [\"ADMIN\"]}");
				}
				catch (IllegalStateException refused) {
					// no e-mail: try the next
				}
			}
			if (admin == null) {
				throw new IllegalStateException("No person among the first 100 to sign in as: " + people);
			}
			token = admin;
		}
		List<String> askers = askers(http, base);
		System.out.printf("topics: %d, askers sampled: %d%n", TOPICS.size(), askers.size());
		int warmUpSeconds = Integer.parseInt(System.getenv().getOrDefault("BENCH_WARMUP_SECONDS", "90"));
		int rounds = Integer.parseInt(System.getenv().getOrDefault("BENCH_ROUNDS", "3"));
		// Warm-up: JIT, query plans, page cache; 8 clients in slices of 10 seconds.
		long warmUpEnd = System.nanoTime() + warmUpSeconds * 1_000_000_000L;
		for (int slice = 1; System.nanoTime() < warmUpEnd; slice++) {
			Result result = runFor(http, base, askers, 8, 10, 99 + slice);
			System.out.printf("warm-up %3d s: %s%n", slice * 10, result.describe());
		}
		for (int clients : clientCounts) {
			for (int round = 1; round <= rounds; round++) {
				Result result = run(http, base, askers, clients, perClient, 7L * round + clients);
				System.out.printf("clients=%d round=%d %s%n", clients, round, result.describe());
			}
		}
	}

	/** Runs {@code clients} clients, each for {@code seconds}. */
	private static Result runFor(HttpClient http, String base, List<String> askers, int clients, int seconds, long seed)
			throws Exception {
		return run(http, base, askers, clients, Integer.MAX_VALUE, seed, System.nanoTime() + seconds * 1_000_000_000L);
	}

	private static Result run(HttpClient http, String base, List<String> askers, int clients, int perClient, long seed)
			throws Exception {
		return run(http, base, askers, clients, perClient, seed, Long.MAX_VALUE);
	}

	private static List<String> askers(HttpClient http, String base) throws Exception {
		String body = post(http, base, "{\"query\": \"{ people(first: 100) { edges { node { id } } } }\"}");
		List<String> ids = new ArrayList<>();
		Matcher m = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(body);
		while (m.find()) {
			ids.add(m.group(1));
		}
		return ids;
	}

	private static Result run(HttpClient http, String base, List<String> askers, int clients, int perClient, long seed,
			long deadline) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<long[]>> futures = new ArrayList<>();
		int[] errors = new int[1];
		long start = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			Random random = new Random(seed * 31 + c);
			futures.add(pool.submit(() -> {
				long[] latencies = new long[Math.min(perClient, 100_000)];
				int i = 0;
				for (; i < latencies.length && System.nanoTime() < deadline; i++) {
					String topic = TOPICS.get(random.nextInt(TOPICS.size()));
					String asker = (!askers.isEmpty() && random.nextBoolean())
							? "\"" + askers.get(random.nextInt(askers.size())) + "\"" : "null";
					String json = "{\"query\": \"" + QUERY.replace("\"", "\\\"") + "\", \"variables\": {\"t\": \""
							+ topic.replace("\"", "\\\"") + "\", \"a\": " + asker + "}}";
					long t0 = System.nanoTime();
					String answer = post(http, base, json);
					latencies[i] = System.nanoTime() - t0;
					if (answer.contains("\"errors\"")) {
						synchronized (errors) {
							errors[0]++;
						}
					}
				}
				return Arrays.copyOf(latencies, i);
			}));
		}
		List<Long> all = new ArrayList<>();
		for (Future<long[]> f : futures) {
			for (long l : f.get()) {
				all.add(l);
			}
		}
		long elapsed = System.nanoTime() - start;
		pool.shutdown();
		return new Result(all.stream().mapToLong(Long::longValue).sorted().toArray(), errors[0], elapsed);
	}

	private static String post(HttpClient http, String base, String json) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
	}

	/** A token from the development sign-in. */
	private static String signIn(HttpClient http, String base, String json) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/dev/login"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		String answer = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
		Matcher matcher = TOKEN.matcher(answer);
		if (!matcher.find()) {
			throw new IllegalStateException(
					"The development sign-in gave no token (set BENCH_TOKEN instead): " + answer);
		}
		return matcher.group(1);
	}

	private record Result(long[] latencies, int errors, long elapsedNanos) {

		double percentile(int p) {
			int index = (int) Math.ceil(p / 100.0 * this.latencies.length) - 1;
			return this.latencies[Math.max(0, Math.min(index, this.latencies.length - 1))] / 1e6;
		}

		double throughput() {
			return this.latencies.length / (this.elapsedNanos / 1e9);
		}

		String describe() {
			return String.format(
					"requests=%d errors=%d median=%.1fms p95=%.1fms p99=%.1fms max=%.1fms throughput=%.0f req/s",
					this.latencies.length, this.errors, percentile(50), percentile(95), percentile(99), percentile(100),
					throughput());
		}

	}

}
