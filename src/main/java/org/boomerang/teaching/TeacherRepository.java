package org.boomerang.teaching;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.boomerang.graph.Queries;
import org.boomerang.model.CareerStage;
import org.boomerang.model.Visibility;
import org.boomerang.person.PersonRepository;
import org.boomerang.teaching.index.ScoreWeights;
import org.boomerang.teaching.index.TeacherRow;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Repository;

/**
 * The graph side of the in-memory teacher index: people as the index keeps them, what
 * changed since a moment, and the names of institutions and professions.
 */
@Repository
class TeacherRepository {

	private static final Set<String> STAGES = Arrays.stream(CareerStage.values())
		.map(CareerStage::name)
		.collect(Collectors.toSet());

	private final Driver driver;

	private final Queries queries;

	TeacherRepository(Driver driver, Queries queries) {
		this.driver = driver;
		this.queries = queries;
	}

	List<String> personIds() {
		return this.driver.executableQuery(this.queries.get("teaching/person-ids"))
			.withConfig(Queries.READ)
			.execute()
			.records()
			.stream()
			.map((r) -> r.get("id").asString())
			.toList();
	}

	/**
	 * Loads people, the mentors of mentorships and the teachers of transfers.
	 */
	List<TeacherRow> teachers(List<String> people, List<String> mentorships, List<String> transfers) {
		return this.driver.executableQuery(this.queries.get("teaching/teachers"))
			.withParameters(Map.of("people", people, "mentorships", mentorships, "transfers", transfers,
					"defaultCapacity", ScoreWeights.STANDARD.defaultCapacity()))
			.withConfig(Queries.READ)
			.execute()
			.records()
			.stream()
			.map(TeacherRepository::row)
			.toList();
	}

	Changes changedSince(Instant since) {
		Record r = this.driver.executableQuery(this.queries.get("teaching/changed-teachers"))
			.withParameters(Map.of("since", since.atZone(ZoneOffset.UTC)))
			.withConfig(Queries.READ)
			.execute()
			.records()
			.get(0);
		List<Changed> changed = r.get("changed")
			.asList((v) -> new Changed(v.get("id").asString(), v.get("version").asObject(), v.get("taught").asInt(),
					days(v.get("mentoring").asList(TeacherRepository::day))));
		return new Changes(changed, r.get("people").asLong());
	}

	Map<String, String> placeNames() {
		Record r = this.driver.executableQuery(this.queries.get("teaching/place-names"))
			.withConfig(Queries.READ)
			.execute()
			.records()
			.get(0);
		Map<String, String> names = new HashMap<>();
		for (String key : List.of("institutions", "professions")) {
			r.get(key).asList((v) -> v).forEach((pair) -> names.put(pair.get(0).asString(), pair.get(1).asString()));
		}
		return names;
	}

	/**
	 * A person as the index keeps them. A person without a known career stage (written
	 * directly in the database: the import requires one) is kept, so the index counts
	 * everyone, but as teaching nothing: without a stage there is no direction.
	 */
	private static TeacherRow row(Record r) {
		String stage = r.get("careerStage").asString(null);
		boolean known = stage != null && STAGES.contains(stage);
		List<Value> affiliations = r.get("affiliations").asList((v) -> v);
		String[] institutions = new String[affiliations.size()];
		int[] until = new int[affiliations.size()];
		for (int i = 0; i < institutions.length; i++) {
			institutions[i] = affiliations.get(i).get(0).asString();
			until[i] = day(affiliations.get(i).get(1));
		}
		List<Value> teaches = known ? r.get("teaches").asList((v) -> v) : List.of();
		String[] teachSkills = new String[teaches.size()];
		byte[] levels = new byte[teaches.size()];
		for (int i = 0; i < teachSkills.length; i++) {
			teachSkills[i] = teaches.get(i).get(0).asString();
			levels[i] = (byte) teaches.get(i).get(1).asInt();
		}
		List<Value> taught = r.get("taught").asList((v) -> v);
		String[] taughtSkills = new String[taught.size()];
		int[] taughtDays = new int[taught.size()];
		byte[] outcomes = new byte[taught.size()];
		for (int i = 0; i < taughtSkills.length; i++) {
			Value t = taught.get(i);
			taughtSkills[i] = t.get(0).asString();
			taughtDays[i] = (int) t.get(1).asLocalDate().toEpochDay();
			outcomes[i] = TeacherRow.outcome(t.get(2).isNull() ? false : t.get(2).asBoolean(),
					t.get(3).isNull() ? 0 : t.get(3).asInt());
		}
		return new TeacherRow(r.get("id").asString(), r.get("name").asString(),
				known ? CareerStage.valueOf(stage) : null, known ? PersonRepository.map(r.get("person")) : null,
				visibility(r.get("visibility").asString()), r.get("capacity").asInt(), r.get("version").asObject(),
				institutions, until, r.get("professions").asList(Value::asString).toArray(String[]::new), teachSkills,
				levels, days(r.get("mentoring").asList(TeacherRepository::day)), taughtSkills, taughtDays, outcomes);
	}

	/**
	 * A visibility the graph holds; one it does not know counts as NETWORK, as before.
	 */
	private static Visibility visibility(String stored) {
		return Arrays.stream(Visibility.values())
			.filter((v) -> v.name().equals(stored))
			.findFirst()
			.orElse(Visibility.NETWORK);
	}

	private static int day(Value value) {
		return value.isNull() ? TeacherRow.OPEN : (int) value.asLocalDate().toEpochDay();
	}

	private static int[] days(List<Integer> days) {
		int[] sorted = days.stream().mapToInt(Integer::intValue).sorted().toArray();
		return sorted;
	}

	/**
	 * A person the poll found with a recent write, with what the index compares.
	 *
	 * @param id the person's id
	 * @param version the person's {@code updatedAt}
	 * @param taught how many transfers the person gave
	 * @param mentoringUntil end days of the person's mentorships as mentor, sorted
	 */
	record Changed(String id, Object version, int taught, int[] mentoringUntil) {
	}

	/**
	 * The answer of a poll.
	 *
	 * @param changed people with recent writes
	 * @param people how many people the graph holds
	 */
	record Changes(List<Changed> changed, long people) {
	}

	static List<List<String>> batches(List<String> ids, int size) {
		List<List<String>> batches = new ArrayList<>();
		for (int i = 0; i < ids.size(); i += size) {
			batches.add(ids.subList(i, Math.min(ids.size(), i + size)));
		}
		return batches;
	}

}
