package org.boomerang.mentoring;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Benchmark of {@code knowledgeFlows} over a generated graph (not part of the test suite:
 * its name does not end in Tests). Run with
 * {@code ./mvnw test -Dtest=KnowledgeFlowBench -Dbench.transfers=1000000}. Prints
 * figures; asserts nothing about time.
 */
class KnowledgeFlowBench extends MentoringGraphQl {

	private static final int PEOPLE = 10_000;

	private static final int COMMUNITIES = 60;

	private static final int PROFESSIONS = 20;

	private static final int INSTITUTIONS = 15;

	private static final int SKILLS = 400;

	private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);

	private static final int DAYS = 3 * 365;

	@Autowired
	FlowIndex index;

	@Autowired
	FlowRepository flowRepository;

	@AfterEach
	void dropGeneratedGraph() {
		// Transfers first, in small transactions: a person's hundreds of relationships
		// make big batches exceed the transaction memory pool.
		try (Session session = this.driver.session()) {
			session.run("MATCH (t:Transfer) CALL (t) { DETACH DELETE t } IN TRANSACTIONS OF 5000 ROWS").consume();
			session
				.run("MATCH (n) WHERE NOT n:__SchemaMigration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 500 ROWS")
				.consume();
		}
	}

	@Test
	void knowledge_flows_over_generated_transfers() {
		int transfers = Integer.getInteger("bench.transfers", 1_000_000);
		int steps = Integer.getInteger("bench.steps", 4);
		Random random = new Random(42);
		long start = System.nanoTime();
		List<List<List<String>>> contexts = generateNetwork(random);
		System.out.printf("BENCH generated %d people in %d s%n", PEOPLE, (System.nanoTime() - start) / 1_000_000_000);
		int written = 0;
		for (int step = 1; step <= steps; step++) {
			int target = (int) ((long) transfers * step / steps);
			start = System.nanoTime();
			generateTransfers(written, target, contexts, random);
			written = target;
			System.out.printf("BENCH --- %d transfers (generated in %d s)%n", written,
					(System.nanoTime() - start) / 1_000_000_000);
			measure(step == 1, step == steps);
		}
	}

	private void measure(boolean first, boolean last) {
		long start = System.nanoTime();
		int[] rows = new int[1];
		if (last) {
			this.flowRepository.transfersAfter(null, (row) -> rows[0]++);
			System.out.printf("BENCH streaming all %d transfers from the graph took %d ms%n", rows[0],
					(System.nanoTime() - start) / 1_000_000);
		}
		start = System.nanoTime();
		this.index.current();
		System.out.printf("BENCH flow index caught up in %d ms%n", (System.nanoTime() - start) / 1_000_000);

		LocalDate since = LocalDate.of(2025, 1, 1);
		LocalDate until = LocalDate.of(2025, 12, 31);
		for (NetworkLevel level : NetworkLevel.values()) {
			long[] service = new long[20];
			int flows = 0;
			for (int i = 0; i < service.length; i++) {
				long t = System.nanoTime();
				flows = this.index.flows(level, since, until, null).size();
				service[i] = System.nanoTime() - t;
			}
			report("service, a year, " + level + " (" + flows + " pairs)", service);
		}
		long[] skillOnly = new long[20];
		for (int i = 0; i < skillOnly.length; i++) {
			long t = System.nanoTime();
			this.index.flows(NetworkLevel.COMMUNITY, since, until, "bs7");
			skillOnly[i] = System.nanoTime() - t;
		}
		report("service, a year, COMMUNITY, skill=bs7", skillOnly);
		Runnable lean = () -> graphQl("knowledge-flows-counts", "level", "COMMUNITY", "since", "2025-01-01", "until",
				"2025-12-31")
			.errors()
			.verify();
		// Warm-up: the first requests compile the HTTP and GraphQL path; then measure.
		for (int i = 0; i < 5; i++) {
			lean.run();
		}
		long[] httpLean = new long[20];
		for (int i = 0; i < httpLean.length; i++) {
			long t = System.nanoTime();
			lean.run();
			httpLean[i] = System.nanoTime() - t;
		}
		report("GraphQL over HTTP, a year, COMMUNITY, counts without skills", httpLean);
		long[] httpFull = new long[last ? 10 : 5];
		for (int i = 0; i < httpFull.length; i++) {
			long t = System.nanoTime();
			graphQl("knowledge-flows-with-skill-names", "level", "PROFESSION", "since", "2025-01-01", "until",
					"2025-12-31")
				.errors()
				.verify();
			httpFull[i] = System.nanoTime() - t;
		}
		report("GraphQL over HTTP, a year, PROFESSION, with every skill of every pair", httpFull);
		if (first) {
			// For comparison: the same aggregation done by Cypher over the id lists.
			long[] cypher = new long[3];
			for (int i = 0; i < cypher.length; i++) {
				long t = System.nanoTime();
				read("""
						MATCH (t:Transfer) WHERE t.on >= $since AND t.on <= $until
						MATCH (t)-[:FROM]->(a), (t)-[:TO]->(b)
						UNWIND t.fromCommunities AS f
						UNWIND t.toCommunities AS g
						WITH f, g, t, [a.id, b.id] AS pair
						UNWIND pair AS person
						RETURN f, g, count(DISTINCT t) AS transfers, count(DISTINCT person) AS people""",
						Map.of("since", since, "until", until));
				cypher[i] = System.nanoTime() - t;
			}
			report("plain Cypher aggregation, a year, COMMUNITY (for comparison)", cypher);
		}
	}

	private static void report(String what, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		double median = sorted[sorted.length / 2] / 1e6;
		double p95 = sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1)] / 1e6;
		System.out.printf("BENCH %s: median %.1f ms, p95 %.1f ms, max %.1f ms (n=%d)%n", what, median, p95,
				sorted[sorted.length - 1] / 1e6, sorted.length);
	}

	/**
	 * Nodes and memberships; returns each person's community, profession, institution
	 * ids.
	 */
	private List<List<List<String>>> generateNetwork(Random random) {
		List<Map<String, Object>> people = new ArrayList<>();
		List<List<List<String>>> contexts = new ArrayList<>();
		for (int i = 0; i < PEOPLE; i++) {
			List<String> communities = pick(random, "bc", COMMUNITIES, 1 + random.nextInt(3));
			List<String> professions = pick(random, "bp", PROFESSIONS, 1 + (random.nextInt(10) == 0 ? 1 : 0));
			List<String> institutions = pick(random, "bi", INSTITUTIONS, 1 + (random.nextInt(4) == 0 ? 1 : 0));
			contexts.add(List.of(communities, professions, institutions));
			Map<String, Object> row = new HashMap<>();
			row.put("id", "bperson" + i);
			row.put("stage", org.boomerang.model.CareerStage.values()[random.nextInt(5)].name());
			row.put("communities", communities);
			row.put("professions", professions);
			row.put("institutions", institutions);
			people.add(row);
		}
		write("""
				UNWIND range(0, $c - 1) AS i CREATE (:Community {id: 'bc' + i, name: 'Community ' + i})
				WITH count(*) AS done
				UNWIND range(0, $p - 1) AS i CREATE (:Profession {id: 'bp' + i, name: 'Profession ' + i})
				WITH count(*) AS done
				UNWIND range(0, $n - 1) AS i CREATE (:Institution {id: 'bi' + i, name: 'Institution ' + i, kind: 'HOSPITAL'})
				WITH count(*) AS done
				UNWIND range(0, $s - 1) AS i CREATE (:Skill {id: 'bs' + i, name: 'Skill ' + i})""",
				Map.of("c", COMMUNITIES, "p", PROFESSIONS, "n", INSTITUTIONS, "s", SKILLS));
		for (int from = 0; from < people.size(); from += 2000) {
			write("""
					UNWIND $rows AS row
					CREATE (p:Person {id: row.id, name: row.id, careerStage: row.stage, mentoringCapacity: 2})
					WITH p, row
					CALL (p, row) { UNWIND row.communities AS c MATCH (x:Community {id: c})
					  CREATE (p)-[:MEMBER_OF {from: date('2020-01-01')}]->(x) }
					CALL (p, row) { UNWIND row.professions AS c MATCH (x:Profession {id: c}) CREATE (p)-[:PRACTISES]->(x) }
					CALL (p, row) { UNWIND row.institutions AS c MATCH (x:Institution {id: c})
					  CREATE (p)-[:AFFILIATED_WITH {from: date('2020-01-01')}]->(x) }""",
					Map.of("rows", people.subList(from, Math.min(people.size(), from + 2000))));
		}
		return contexts;
	}

	private void generateTransfers(int first, int total, List<List<List<String>>> contexts, Random random) {
		ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
		int batch = 20_000;
		for (int from = first; from < total; from += batch) {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (int i = from; i < Math.min(total, from + batch); i++) {
				int teacher = random.nextInt(PEOPLE);
				int learner = (teacher + 1 + random.nextInt(PEOPLE - 1)) % PEOPLE;
				Map<String, Object> row = new HashMap<>();
				row.put("id", "bt" + i);
				row.put("from", "bperson" + teacher);
				row.put("to", "bperson" + learner);
				// Skills skewed: a few are taught much more than the rest.
				row.put("skill", "bs" + (int) (SKILLS * Math.pow(random.nextDouble(), 2)));
				row.put("on", FIRST_DAY.plusDays(random.nextInt(DAYS)));
				row.put("fc", contexts.get(teacher).get(0));
				row.put("tc", contexts.get(learner).get(0));
				row.put("fp", contexts.get(teacher).get(1));
				row.put("tp", contexts.get(learner).get(1));
				row.put("fi", contexts.get(teacher).get(2));
				row.put("ti", contexts.get(learner).get(2));
				row.put("rating", 1 + random.nextInt(5));
				rows.add(row);
			}
			write("""
					UNWIND $rows AS row
					MATCH (a:Person {id: row.from}), (b:Person {id: row.to}), (s:Skill {id: row.skill})
					CREATE (t:Transfer {id: row.id, on: row.on, format: 'ONE_TO_ONE', minutes: 30, rating: row.rating,
					  learnerConfirmed: true, direction: 'PEER', fromStage: a.careerStage, toStage: b.careerStage,
					  fromCommunities: row.fc, toCommunities: row.tc, fromProfessions: row.fp, toProfessions: row.tp,
					  fromInstitutions: row.fi, toInstitutions: row.ti, createdAt: $now, updatedAt: $now})
					CREATE (t)-[:FROM]->(a), (t)-[:TO]->(b), (t)-[:ABOUT]->(s)""", Map.of("rows", rows, "now", now));
		}
	}

	private static List<String> pick(Random random, String prefix, int of, int count) {
		List<String> picked = new ArrayList<>();
		while (picked.size() < count) {
			String id = prefix + random.nextInt(of);
			if (!picked.contains(id)) {
				picked.add(id);
			}
		}
		return picked;
	}

}
