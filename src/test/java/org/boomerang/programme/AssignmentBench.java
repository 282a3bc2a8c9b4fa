package org.boomerang.programme;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.awaitility.Awaitility;
import org.boomerang.GraphTests;
import org.boomerang.demo.DemoLoader;
import org.boomerang.demo.DemoNetworkGenerator;
import org.boomerang.importing.EscoReader;
import org.boomerang.security.Caller;
import org.boomerang.security.Reader;
import org.boomerang.security.Role;
import org.boomerang.teaching.PairScoring;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Benchmark of {@code proposeAssignment} over a generated network (not part of the test
 * suite: its name does not end in Tests). Run with
 * {@code ./mvnw test -Dtest=AssignmentBench -Dbench.people=10000 -Dbench.mentors=5000 -Dbench.mentees=2000 -Dspring-javaformat.skip=true}
 * ({@code bench.runs}, default 3; {@code bench.transfers} per person, default 6: fewer
 * make a 100,000-person network quicker to import and change only the evidence part of
 * the scores). The pool and the cohort are the first people in id order, in one OPEN
 * programme with no cross rules and up to 3 mentees per mentor. Prints the median and p95
 * of whole proposals; the service's log line "Proposed ..." splits each into reading the
 * programme, scoring the candidates, the flow and keeping the plan. Asserts nothing about
 * time.
 */
class AssignmentBench extends GraphTests {

	@Autowired
	private AssignmentService assignments;

	@Autowired
	private PairScoring scoring;

	@Test
	void propose_over_a_generated_network() {
		int people = Integer.getInteger("bench.people", 10000);
		int mentors = Integer.getInteger("bench.mentors", 5000);
		int mentees = Integer.getInteger("bench.mentees", 2000);
		int runs = Integer.getInteger("bench.runs", 3);
		int transfers = Integer.getInteger("bench.transfers", 6);
		long start = System.nanoTime();
		DemoNetworkGenerator.Settings settings = new DemoNetworkGenerator.Settings(people, 42, LocalDate.now(),
				transfers, 10, true);
		this.imports.importDocument(new ByteArrayInputStream(
				new DemoNetworkGenerator(EscoReader.readClasspath(DemoLoader.ESCO_SUBSET), settings).toBytes()));
		List<String> ids = new ArrayList<>();
		read("MATCH (p:Person) RETURN p.id AS id ORDER BY id", Map.of()).records()
			.forEach((r) -> ids.add(r.get("id").asString()));
		List<String> institutions = new ArrayList<>();
		read("MATCH (i:Institution) RETURN i.id AS id ORDER BY id", Map.of()).records()
			.forEach((r) -> institutions.add(r.get("id").asString()));
		Map<String, Object> programme = Map.of("id", "prog:bench", "name", "Bench", "kind", "OPEN", "institutions",
				institutions, "coordinators", List.of(ids.get(0)), "mentors", ids.subList(0, mentors), "mentees",
				ids.subList(mentors, mentors + mentees), "rules", Map.of("maxMenteesPerMentor", 3));
		String document = JsonMapper.builder()
			.build()
			.writeValueAsString(Map.of("format", "boomerang-import/1", "programmes", List.of(programme)));
		this.imports.importDocument(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
		// A big import rebuilds the teacher index in the background; until it is ready
		// the
		// proposal scores with the ranking query (the fallback). Time the index.
		Awaitility.await("the teacher index")
			.atMost(Duration.ofMinutes(10))
			.until(() -> this.scoring.pool(List.of()).indexed() != null);
		System.out.printf("BENCH generated and imported %d people, a programme of %d mentors and %d mentees, in %d s%n",
				people, mentors, mentees, (System.nanoTime() - start) / 1_000_000_000);
		Caller admin = new Caller("bench", null, null, Set.of(Role.ADMIN, Role.STAFF), Set.of());
		long[] times = new long[runs];
		for (int i = 0; i < runs; i++) {
			long t = System.nanoTime();
			AssignmentPlan plan = this.assignments.propose("prog:bench", List.of(), List.of(), admin,
					Reader.everything());
			times[i] = System.nanoTime() - t;
			System.out.printf("BENCH run %d: %d pairs, %d unmatched, %.1f s%n", i + 1, plan.pairs().size(),
					plan.unmatched().size(), times[i] / 1e9);
		}
		Arrays.sort(times);
		System.out.printf(
				"BENCH proposeAssignment, %d mentees x %d mentors among %d people: median %.1f s, p95 %.1f s"
						+ " (n=%d)%n",
				mentees, mentors, people, times[runs / 2] / 1e9,
				times[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)] / 1e9, runs);
	}

}
