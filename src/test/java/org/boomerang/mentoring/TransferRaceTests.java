package org.boomerang.mentoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.boomerang.Race;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A recorded transfer does not change, also when many clients record the same id at once
 * with different content: exactly one of them records it, every other gets a conflict,
 * and the stored transfer is the winner's.
 */
class TransferRaceTests extends MentoringGraphQl {

	private static final int ROUNDS = 30;

	private static final int CLIENTS = 20;

	@Test
	void of_concurrent_records_of_one_id_with_different_content_exactly_one_wins() throws Exception {
		importPeople("STUDENT", "SENIOR");
		int conflicts = 0;
		for (int round = 0; round < ROUNDS; round++) {
			String id = "t-race-" + round;
			List<Callable<GraphQlTester.Response>> clients = new ArrayList<>();
			for (int client = 0; client < CLIENTS; client++) {
				int minutes = client + 1;
				clients.add(() -> recordTransfer(transfer(id, "p1", "p2", "2026-01-10", "minutes", minutes)));
			}
			List<GraphQlTester.Response> answers = Race.run(clients);
			List<Integer> winners = new ArrayList<>();
			for (int client = 0; client < CLIENTS; client++) {
				GraphQlTester.Response answer = answers.get(client);
				if (failed(answer)) {
					assertThat(message(answer)).as("round %d, client %d", round, client)
						.contains("CONFLICT")
						.contains("already recorded with different content");
					conflicts++;
				}
				else {
					winners.add(client + 1);
				}
			}
			assertThat(winners).as("round %d: clients that recorded %s", round, id).hasSize(1);
			int stored = read("MATCH (t:Transfer {id: $id}) RETURN t.minutes AS minutes", Map.of("id", id)).records()
				.get(0)
				.get("minutes")
				.asInt();
			assertThat(stored).as("round %d: the stored content is the winner's", round).isEqualTo(winners.get(0));
		}
		assertThat(count("Transfer")).isEqualTo(ROUNDS);
		System.out.printf("TransferRaceTests: %d rounds of %d concurrent records, one winner each, %d conflicts%n",
				ROUNDS, CLIENTS, conflicts);
	}

}
