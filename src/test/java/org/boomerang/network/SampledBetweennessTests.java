package org.boomerang.network;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sampled estimator given every person as a source is Brandes' exact betweenness, so
 * it must agree with JGraphT's on any network: random ones here, with several components,
 * leaves, and many equal shortest paths.
 */
class SampledBetweennessTests {

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8 })
	void every_source_gives_jgrapht_exact_betweenness(long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		int people = 20 + random.nextInt(200);
		int ties = people + random.nextInt(3 * people);
		PersonNetwork.Builder builder = PersonNetwork.builder();
		for (int i = 0; i < ties; i++) {
			int a = random.nextInt(people);
			// Ties mostly inside blocks of 25 people, so the network has dense parts,
			// bridges between them, and (for small seeds' sizes) separate components.
			int b = (random.nextInt(10) == 0) ? random.nextInt(people)
					: Math.min(people - 1, (a / 25) * 25 + random.nextInt(25));
			if (a != b) {
				builder.tie("p" + a, List.of(), "p" + b, List.of(), 1);
			}
		}
		PersonNetwork network = builder.build();
		int[] everyone = SampledBetweenness.sources(network.people(), network.people(), seed);

		double[] sampled = SampledBetweenness.betweenness(network, everyone);
		double[] exact = BrokerFinder.exact(network);

		assertThat(everyone).hasSize(network.people()).doesNotHaveDuplicates();
		for (int p = 0; p < exact.length; p++) {
			assertThat(sampled[p]).as(network.person(p)).isCloseTo(exact[p], within(exact[p]));
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 5, 30 })
	void a_sample_is_that_many_distinct_people_and_the_same_for_the_same_seed(int count) {
		int[] first = SampledBetweenness.sources(30, count, 99);

		assertThat(first).hasSize(count).doesNotHaveDuplicates().isSorted();
		assertThat(IntStream.of(first)).allMatch((p) -> p >= 0 && p < 30);
		assertThat(SampledBetweenness.sources(30, count, 99)).isEqualTo(first);
	}

	private static Offset<Double> within(double value) {
		return Offset.offset(1e-9 * Math.max(1, value));
	}

}
