package org.boomerang.network;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.boomerang.GraphTests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The {@code networkChanged} subscription over Server-Sent Events: a page hears of a
 * transfer recorded into its window, and not of one outside it.
 */
class NetworkSubscriptionTests extends GraphTests {

	private static final String SUBSCRIPTION = """
			{"query": "subscription { networkChanged(since: \\"2025-01-01\\", until: \\"2025-12-31\\") { since until transfers at } }"}""";

	@Autowired
	private NetworkChanges changes;

	@Test
	void a_recorded_transfer_in_the_window_reaches_the_subscribed_page() throws Exception {
		importJson(
				"""
						{"format":"boomerang-import/1",
						 "skills":[{"id":"s1","name":"Skill one"}],
						 "people":[{"id":"p1","name":"P1","careerStage":"TRAINEE","email":"p1@example.org"},{"id":"p2","name":"P2","careerStage":"SENIOR"}]}""");
		List<String> lines = new CopyOnWriteArrayList<>();
		HttpRequest request = request("/graphql", this.tokens.coordinator("p1"))
			.header("Content-Type", "application/json")
			.header("Accept", "text/event-stream")
			.POST(HttpRequest.BodyPublishers.ofString(SUBSCRIPTION))
			.build();
		int before = this.changes.subscribers();
		HttpClient client = HttpClient.newHttpClient();
		CompletableFuture<HttpResponse<Stream<String>>> response = client.sendAsync(request,
				HttpResponse.BodyHandlers.ofLines());
		response.thenAcceptAsync((r) -> r.body().forEach(lines::add));
		try {
			// Subscribed once the server's stream counts one more listener.
			await().atMost(Duration.ofMinutes(2)).until(() -> this.changes.subscribers() > before);

			// Outside the window: no event. Inside: one, counting one transfer.
			recordTransfer("t-outside", "2024-06-01");
			recordTransfer("t-inside", "2025-06-01");
			await().atMost(Duration.ofMinutes(2))
				.untilAsserted(() -> assertThat(lines).anyMatch((l) -> l.contains("networkChanged")));
			assertThat(response.get().statusCode()).isEqualTo(200);
			List<String> events = lines.stream().filter((l) -> l.contains("networkChanged")).toList();
			assertThat(events).hasSize(1);
			assertThat(events.get(0)).contains("\"transfers\":1")
				.contains("\"since\":\"2025-01-01\"")
				.contains("\"until\":\"2025-12-31\"");
		}
		finally {
			response.get().body().close();
		}
	}

	@Test
	void staff_may_not_subscribe() {
		importJson("""
				{"format":"boomerang-import/1",
				 "people":[{"id":"p1","name":"P1","careerStage":"TRAINEE","email":"p1@example.org"}]}""");
		HttpResponse<String> answer = send(request("/graphql", this.tokens.staff("p1")).timeout(Duration.ofMinutes(2))
			.header("Content-Type", "application/json")
			.header("Accept", "text/event-stream")
			.POST(HttpRequest.BodyPublishers.ofString(SUBSCRIPTION)));
		assertThat(answer.body()).contains("FORBIDDEN").doesNotContain("\"transfers\"");
	}

	private void recordTransfer(String id, String on) {
		json(graphQl("record-transfer", "input",
				Map.of("id", id, "from", "p1", "to", "p2", "skill", "s1", "on", on, "format", "CONSULT")),
				"recordTransfer");
	}

}
