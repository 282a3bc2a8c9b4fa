package org.boomerang.bench;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;

import org.boomerang.model.CareerStage;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * A synthetic graph for the benchmarks of knowledge flows and the coordinator's queries,
 * written straight into the graph with Cypher (far quicker than the import at a million
 * transfers): people in communities, professions and institutions, optionally with skills
 * to teach and wishes, mentorships, and transfers with their time-of-event contexts and
 * directions, a share of them inside mentorships. Ids: {@code bperson<i>}, {@code bc<i>},
 * {@code bp<i>}, {@code bi<i>}, {@code bs<i>}, {@code bm<i>}, {@code bt<i>}.
 */
public final class GeneratedFlows {

	private final Shape shape;

	private final BiConsumer<String, Map<String, Object>> write;

	private final Random random;

	/** Per person: community, profession and institution ids. */
	private final List<List<List<String>>> contexts = new ArrayList<>();

	private final int[] stage;

	private int[][] mentorships = new int[0][];

	/**
	 * @param shape how big
	 * @param write runs a Cypher write with parameters
	 * @param seed the random seed
	 */
	public GeneratedFlows(Shape shape, BiConsumer<String, Map<String, Object>> write, long seed) {
		this.shape = shape;
		this.write = write;
		this.random = new Random(seed);
		this.stage = new int[shape.people()];
	}

	/**
	 * The places, skills and people.
	 */
	public void people() {
		this.write.accept(
				"""
						UNWIND range(0, $c - 1) AS i CREATE (:Community {id: 'bc' + i, name: 'Community ' + i})
						WITH count(*) AS done
						UNWIND range(0, $p - 1) AS i CREATE (:Profession {id: 'bp' + i, name: 'Profession ' + i})
						WITH count(*) AS done
						UNWIND range(0, $n - 1) AS i CREATE (:Institution {id: 'bi' + i, name: 'Institution ' + i, kind: 'HOSPITAL'})
						WITH count(*) AS done
						UNWIND range(0, $s - 1) AS i CREATE (:Skill {id: 'bs' + i, name: 'Skill ' + i})""",
				Map.of("c", this.shape.communities(), "p", this.shape.professions(), "n", this.shape.institutions(),
						"s", this.shape.skills()));
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < this.shape.people(); i++) {
			List<String> communities = pick("bc", this.shape.communities(), 1 + this.random.nextInt(3));
			List<String> professions = pick("bp", this.shape.professions(), 1 + (this.random.nextInt(10) == 0 ? 1 : 0));
			List<String> institutions = pick("bi", this.shape.institutions(),
					1 + (this.random.nextInt(4) == 0 ? 1 : 0));
			this.contexts.add(List.of(communities, professions, institutions));
			this.stage[i] = this.random.nextInt(CareerStage.values().length);
			Map<String, Object> row = new HashMap<>();
			row.put("id", "bperson" + i);
			row.put("stage", CareerStage.values()[this.stage[i]].name());
			row.put("communities", communities);
			row.put("professions", professions);
			row.put("institutions", institutions);
			row.put("teaches", pick("bs", this.shape.skills(), this.shape.skillsPerPerson()));
			row.put("wants", pick("bs", this.shape.skills(), Math.min(1, this.shape.skillsPerPerson())));
			rows.add(row);
			if (rows.size() == 2000 || i == this.shape.people() - 1) {
				this.write.accept(
						"""
								UNWIND $rows AS row
								CREATE (p:Person {id: row.id, name: row.id, careerStage: row.stage, mentoringCapacity: 2})
								WITH p, row
								CALL (p, row) { UNWIND row.communities AS c MATCH (x:Community {id: c})
								  CREATE (p)-[:MEMBER_OF {from: date('2020-01-01')}]->(x) }
								CALL (p, row) { UNWIND row.professions AS c MATCH (x:Profession {id: c}) CREATE (p)-[:PRACTISES]->(x) }
								CALL (p, row) { UNWIND row.institutions AS c MATCH (x:Institution {id: c})
								  CREATE (p)-[:AFFILIATED_WITH {from: date('2020-01-01')}]->(x) }
								CALL (p, row) { UNWIND row.teaches AS c MATCH (x:Skill {id: c})
								  CREATE (p)-[:HAS_SKILL {level: 3, canTeach: true}]->(x) }
								CALL (p, row) { UNWIND row.wants AS c MATCH (x:Skill {id: c})
								  CREATE (p)-[:WANTS_TO_LEARN {priority: 1}]->(x) }""",
						Map.of("rows", rows));
				rows = new ArrayList<>();
			}
		}
	}

	/**
	 * Mentorships between random pairs, started on the first day and still running.
	 * @param count how many
	 */
	public void mentorships(int count) {
		this.mentorships = new int[count][];
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int m = 0; m < count; m++) {
			int mentor = this.random.nextInt(this.shape.people());
			int mentee = (mentor + 1 + this.random.nextInt(this.shape.people() - 1)) % this.shape.people();
			this.mentorships[m] = new int[] { mentor, mentee };
			rows.add(Map.of("id", "bm" + m, "mentor", "bperson" + mentor, "mentee", "bperson" + mentee));
			if (rows.size() == 5000 || m == count - 1) {
				this.write.accept("""
						UNWIND $rows AS row
						MATCH (a:Person {id: row.mentor}), (b:Person {id: row.mentee})
						CREATE (m:Mentorship {id: row.id, startedOn: $day, origin: 'SELF_IDENTIFIED', skills: []})
						CREATE (m)-[:MENTOR]->(a), (m)-[:MENTEE]->(b)""",
						Map.of("rows", rows, "day", this.shape.firstDay()));
				rows = new ArrayList<>();
			}
		}
	}

	/**
	 * Transfers numbered {@code first} to {@code total - 1}, on random days of the span,
	 * a share inside the mentorships (mostly mentor to mentee, a quarter back).
	 * @param first the first number
	 * @param total one past the last number
	 * @param inMentorships the share of transfers inside a mentorship, 0 to 1
	 */
	public void transfers(int first, int total, double inMentorships) {
		ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
		int batch = 20_000;
		int people = this.shape.people();
		for (int from = first; from < total; from += batch) {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (int i = from; i < Math.min(total, from + batch); i++) {
				int teacher;
				int learner;
				String mentorship = null;
				if (this.mentorships.length > 0 && this.random.nextDouble() < inMentorships) {
					int m = this.random.nextInt(this.mentorships.length);
					boolean back = this.random.nextInt(4) == 0;
					teacher = this.mentorships[m][back ? 1 : 0];
					learner = this.mentorships[m][back ? 0 : 1];
					mentorship = "bm" + m;
				}
				else {
					teacher = this.random.nextInt(people);
					learner = (teacher + 1 + this.random.nextInt(people - 1)) % people;
				}
				Map<String, Object> row = new HashMap<>();
				row.put("id", "bt" + i);
				row.put("from", "bperson" + teacher);
				row.put("to", "bperson" + learner);
				// Skills skewed: a few are taught much more than the rest.
				row.put("skill", "bs" + (int) (this.shape.skills() * Math.pow(this.random.nextDouble(), 2)));
				row.put("on", this.shape.firstDay().plusDays(this.random.nextInt(this.shape.days())));
				row.put("direction", (this.stage[teacher] < this.stage[learner]) ? "REVERSE"
						: (this.stage[teacher] == this.stage[learner]) ? "PEER" : "TRADITIONAL");
				row.put("mentorship", mentorship);
				row.put("fc", this.contexts.get(teacher).get(0));
				row.put("tc", this.contexts.get(learner).get(0));
				row.put("fp", this.contexts.get(teacher).get(1));
				row.put("tp", this.contexts.get(learner).get(1));
				row.put("fi", this.contexts.get(teacher).get(2));
				row.put("ti", this.contexts.get(learner).get(2));
				row.put("rating", 1 + this.random.nextInt(5));
				rows.add(row);
			}
			this.write.accept(
					"""
							UNWIND $rows AS row
							MATCH (a:Person {id: row.from}), (b:Person {id: row.to}), (s:Skill {id: row.skill})
							CREATE (t:Transfer {id: row.id, on: row.on, format: 'ONE_TO_ONE', minutes: 30, rating: row.rating,
							  learnerConfirmed: true, direction: row.direction, fromStage: a.careerStage, toStage: b.careerStage,
							  fromCommunities: row.fc, toCommunities: row.tc, fromProfessions: row.fp, toProfessions: row.tp,
							  fromInstitutions: row.fi, toInstitutions: row.ti, createdAt: $now, updatedAt: $now})
							CREATE (t)-[:FROM]->(a), (t)-[:TO]->(b), (t)-[:ABOUT]->(s)
							WITH t, row WHERE row.mentorship IS NOT NULL
							MATCH (m:Mentorship {id: row.mentorship})
							CREATE (t)-[:IN]->(m)""",
					Map.of("rows", rows, "now", now));
		}
	}

	/**
	 * Deletes a generated graph: transfers first, in small transactions (a person's
	 * hundreds of relationships make big batches exceed the transaction memory pool).
	 * @param driver the driver of the graph
	 */
	public static void drop(Driver driver) {
		try (Session session = driver.session()) {
			session.run("MATCH (t:Transfer) CALL (t) { DETACH DELETE t } IN TRANSACTIONS OF 5000 ROWS").consume();
			session
				.run("MATCH (n) WHERE NOT n:__SchemaMigration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 500 ROWS")
				.consume();
		}
	}

	private List<String> pick(String prefix, int of, int count) {
		List<String> picked = new ArrayList<>();
		while (picked.size() < count) {
			String id = prefix + this.random.nextInt(of);
			if (!picked.contains(id)) {
				picked.add(id);
			}
		}
		return picked;
	}

	/**
	 * How big a generated graph is.
	 *
	 * @param people people
	 * @param communities communities
	 * @param professions professions
	 * @param institutions institutions
	 * @param skills skills
	 * @param skillsPerPerson skills each person can teach (and, when above 0, one wish)
	 * @param firstDay the first day of transfers
	 * @param days how many days transfers span
	 */
	public record Shape(int people, int communities, int professions, int institutions, int skills, int skillsPerPerson,
			LocalDate firstDay, int days) {
	}

}
