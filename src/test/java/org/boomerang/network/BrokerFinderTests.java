package org.boomerang.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Brokers on small networks whose betweenness is known by hand. Betweenness here is the
 * share of the unordered pairs of other people whose shortest paths run through a person:
 * with n people, a raw count over (n-1)(n-2)/2 pairs.
 */
class BrokerFinderTests {

	private final BrokerFinder finder = new BrokerFinder();

	@Test
	void a_single_bridge_between_two_dense_groups_is_the_top_broker_and_bridges_both_groups() {
		PersonNetwork.Builder builder = PersonNetwork.builder();
		clique(builder, "ward", "a1", "a2", "a3", "a4", "a5");
		clique(builder, "lab", "b1", "b2", "b3", "b4", "b5");
		builder.tie("x", List.of("ward"), "a1", List.of("ward"), 2);
		builder.tie("x", List.of("ward"), "b1", List.of("lab"), 3);

		BrokerRanking ranking = this.finder.rank(builder.build(), 20);

		// 11 people, 45 pairs of others. x lies on every path between the groups (5 x 5);
		// a1 on those from a2..a5 to x and the lab (4 x 6), and b1 likewise.
		assertThat(ranking.brokers()).extracting(Broker::person).containsExactly("x", "b1", "a1");
		Broker x = ranking.brokers().get(0);
		assertThat(x.betweenness()).isCloseTo(25.0 / 45, within(1e-12));
		assertThat(x.bridges()).containsExactly("ward", "lab");
		assertThat(x.transfers()).isEqualTo(5);
		assertThat(ranking.brokers().get(1).betweenness()).isCloseTo(24.0 / 45, within(1e-12));
		assertThat(ranking.method()).isEqualTo(BetweennessMethod.EXACT);
		assertThat(ranking.sources()).isEqualTo(11);
		assertThat(ranking.people()).isEqualTo(11);
		assertThat(ranking.ties()).isEqualTo(22);
	}

	@Test
	void the_centre_of_a_star_lies_on_every_path_and_the_leaves_on_none() {
		PersonNetwork.Builder builder = PersonNetwork.builder();
		for (int leaf = 1; leaf <= 5; leaf++) {
			builder.tie("centre", List.of("clinic"), "leaf" + leaf, List.of("place" + leaf), 1);
		}
		PersonNetwork star = builder.build();

		assertThat(this.finder.shares(star)).containsEntry("centre", 1.0)
			.containsEntry("leaf1", 0.0)
			.containsEntry("leaf5", 0.0);
		BrokerRanking ranking = this.finder.rank(star, 20);
		assertThat(ranking.brokers()).extracting(Broker::person).containsExactly("centre");
		assertThat(ranking.brokers().get(0).bridges()).containsExactly("clinic", "place1", "place2", "place3", "place4",
				"place5");
	}

	@Test
	void an_isolated_pair_has_betweenness_zero_and_is_no_broker() {
		PersonNetwork network = PersonNetwork.builder()
			.tie("p", List.of("ward"), "q", List.of("ward"), 7)
			.tie("r", List.of("lab"), "s", List.of("lab"), 1)
			.tie("s", List.of("lab"), "t", List.of("lab"), 1)
			.build();

		Map<String, Double> shares = this.finder.shares(network);

		assertThat(shares).containsEntry("p", 0.0).containsEntry("q", 0.0);
		// 5 people, 6 pairs of others for s; only r-t runs through s.
		assertThat(shares.get("s")).isCloseTo(1.0 / 6, within(1e-12));
		assertThat(this.finder.rank(network, 20).brokers()).extracting(Broker::person).containsExactly("s");
	}

	@Test
	void equal_betweenness_ranks_more_transfers_first_then_by_person_id() {
		// A path a-b-c-d-e: c carries 4 pairs, b and d 3 each.
		PersonNetwork even = path(1, 1, 1, 1);
		assertThat(this.finder.rank(even, 20).brokers()).extracting(Broker::person).containsExactly("c", "b", "d");

		PersonNetwork busierD = path(1, 1, 1, 5);
		assertThat(this.finder.rank(busierD, 20).brokers()).extracting(Broker::person).containsExactly("c", "d", "b");
	}

	@Test
	void the_ranking_does_not_depend_on_the_order_ties_arrive_in() {
		List<String[]> ties = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			ties.add(new String[] { "p" + (i % 13), "p" + ((i * 7 + 3) % 17) });
		}
		ties.removeIf((tie) -> tie[0].equals(tie[1]));
		BrokerRanking forward = this.finder.rank(network(ties), 20);
		Collections.reverse(ties);
		BrokerRanking backward = this.finder.rank(network(ties), 20);

		assertThat(forward.brokers()).isNotEmpty();
		assertThat(backward).isEqualTo(forward);
	}

	@Test
	void ties_of_the_same_pair_add_up_whichever_way_they_ran() {
		PersonNetwork network = PersonNetwork.builder()
			.tie("a", List.of("ward"), "b", List.of("lab"), 2)
			.tie("b", List.of("lab"), "a", List.of("clinic"), 3)
			.tie("b", List.of("lab"), "c", List.of("lab"), 1)
			.build();

		assertThat(network.ties()).isEqualTo(2);
		assertThat(network.transfers(network.indexOf("a"))).isEqualTo(5);
		Broker b = this.finder.rank(network, 20).brokers().get(0);
		assertThat(b.person()).isEqualTo("b");
		assertThat(b.transfers()).isEqualTo(6);
		// lab is at an end of all three ties; ward and clinic only on the tie with a.
		assertThat(b.bridges()).containsExactly("lab", "clinic", "ward");
	}

	@Test
	void above_the_exact_limit_betweenness_is_sampled_and_says_so() {
		// Four groups of five, each with one member tied to x: x carries every path
		// between
		// groups (6 x 25 pairs), far more than any group's linking member can (4 x 16).
		PersonNetwork.Builder builder = PersonNetwork.builder();
		for (String group : List.of("g1", "g2", "g3", "g4")) {
			clique(builder, group, group + "a", group + "b", group + "c", group + "d", group + "e");
			builder.tie("x", List.of(), group + "a", List.of(group), 1);
		}
		PersonNetwork network = builder.build();
		BrokerFinder sampling = new BrokerFinder(10, 8, 7);

		BrokerRanking ranking = sampling.rank(network, 3);

		assertThat(ranking.method()).isEqualTo(BetweennessMethod.SAMPLED);
		assertThat(ranking.sources()).isEqualTo(8);
		assertThat(ranking.brokers()).hasSize(3).first().extracting(Broker::person).isEqualTo("x");
		assertThat(ranking.brokers().get(0).bridges()).containsExactly("g1", "g2", "g3", "g4");
		assertThat(sampling.rank(network, 3)).isEqualTo(ranking);
	}

	@Test
	void bad_ties_are_refused_naming_the_problem() {
		PersonNetwork.Builder builder = PersonNetwork.builder();
		assertThatIllegalArgumentException().isThrownBy(() -> builder.tie("a", List.of(), "a", List.of(), 1))
			.withMessage("a tie needs two different people, but both ends are a");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.tie("a", List.of(), "b", List.of(), -1))
			.withMessage("transfers between a and b must be 0 or more, not -1");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.tie(" ", List.of(), "b", List.of(), 1))
			.withMessage("the person of a tie has no id");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.tie("a", List.of(), "b", null, 1))
			.withMessage("the places of b must be given (empty when unknown)");
		assertThatIllegalArgumentException().isThrownBy(() -> this.finder.rank(builder.build(), 0))
			.withMessage("ask for at least 1 broker, not 0");
	}

	private static void clique(PersonNetwork.Builder builder, String place, String... people) {
		for (int i = 0; i < people.length; i++) {
			for (int j = i + 1; j < people.length; j++) {
				builder.tie(people[i], List.of(place), people[j], List.of(place), 1);
			}
		}
	}

	private static PersonNetwork path(int ab, int bc, int cd, int de) {
		return PersonNetwork.builder()
			.tie("a", List.of("ward"), "b", List.of("ward"), ab)
			.tie("b", List.of("ward"), "c", List.of("ward"), bc)
			.tie("c", List.of("ward"), "d", List.of("ward"), cd)
			.tie("d", List.of("ward"), "e", List.of("ward"), de)
			.build();
	}

	private static PersonNetwork network(List<String[]> ties) {
		PersonNetwork.Builder builder = PersonNetwork.builder();
		ties.forEach((tie) -> builder.tie(tie[0], List.of("place-" + tie[0]), tie[1], List.of("place-" + tie[1]), 1));
		return builder.build();
	}

}
