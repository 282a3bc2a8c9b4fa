package org.boomerang.programme;

import org.boomerang.model.ProgrammeKind;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.boomerang.api.IdPage;
import org.boomerang.graph.Queries;
import org.boomerang.model.MentoringCapacity;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Repository;

/**
 * Programmes, their enrolments, assignment plans and mentorship requests in the graph:
 * reads routed to readers, each write one statement with its audit entry.
 */
@Repository
class ProgrammeRepository {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Driver driver;

	private final Queries queries;

	ProgrammeRepository(Driver driver, Queries queries) {
		this.driver = driver;
		this.queries = queries;
	}

	Map<String, Programme> byIds(Collection<String> ids) {
		Map<String, Programme> found = new LinkedHashMap<>();
		if (!ids.isEmpty()) {
			read("programme/programmes-by-ids", Map.of("ids", List.copyOf(ids))).forEach((r) -> {
				Programme p = programme(r.get("programme"));
				found.put(p.id(), p);
			});
		}
		return found;
	}

	IdPage<Programme> page(int size, String after) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("after", IdPage.after("programmes", after));
		parameters.put("limit", size + 1);
		List<String> ids = read("programme/programmes-page", parameters).stream()
			.map((r) -> r.get("id").asString())
			.toList();
		Map<String, Programme> found = byIds(ids);
		return IdPage.of("programmes", ids.stream().map(found::get).filter(Objects::nonNull).toList(), size,
				Programme::id);
	}

	/** Which of the given institutions and people exist. */
	Existing existing(Collection<String> institutions, Collection<String> people) {
		Record r = read("programme/existing",
				Map.of("institutions", List.copyOf(institutions), "people", List.copyOf(people)))
			.get(0);
		return new Existing(r.get("institutions").asList(Value::asString), r.get("people").asList(Value::asString));
	}

	record Existing(List<String> institutions, List<String> people) {
	}

	void upsert(String id, String name, ProgrammeKind kind, List<String> institutions, List<String> coordinators,
			ProgrammeRules rules, Map<String, Object> audit) {
		Map<String, Object> programme = new HashMap<>();
		programme.put("id", id);
		programme.put("name", name);
		programme.put("kind", kind.name());
		programme.put("institutions", institutions);
		programme.put("coordinators", coordinators);
		programme.put("crossProfession", rules.crossProfession());
		programme.put("crossInstitution", rules.crossInstitution());
		programme.put("maxMenteesPerMentor", rules.maxMenteesPerMentor());
		write("programme/upsert-programme", Map.of("programme", programme, "audit", audit, "now", now()));
	}

	/** Enrols once; false when the person was enrolled so already. */
	boolean enrol(String programme, String person, ProgrammeRole role, Map<String, Object> audit) {
		return write("programme/enrol",
				Map.of("programme", programme, "person", person, "as", role.name(), "audit", audit, "now", now()))
			.get(0)
			.get("enrolled")
			.asInt() > 0;
	}

	boolean unenrol(String programme, String person, ProgrammeRole role, Map<String, Object> audit) {
		return write("programme/unenrol",
				Map.of("programme", programme, "person", person, "as", role.name(), "audit", audit, "now", now()))
			.get(0)
			.get("unenrolled")
			.asInt() > 0;
	}

	/** What proposeAssignment solves over, or null when there is no such programme. */
	Facts facts(String programme, LocalDate today) {
		List<Record> records = read("programme/assignment-facts",
				Map.of("programme", programme, "today", today, "defaultCapacity", MentoringCapacity.DEFAULT));
		if (records.isEmpty()) {
			return null;
		}
		Record r = records.get(0);
		Value rules = r.get("rules");
		List<MenteeFacts> mentees = r.get("mentees")
			.asList((m) -> new MenteeFacts(m.get("id").asString(), m.get("wants").asList(Value::asString),
					m.get("professions").asList(Value::asString), m.get("institutions").asList(Value::asString)));
		List<MentorFacts> mentors = r.get("mentors")
			.asList((m) -> new MentorFacts(m.get("id").asString(), m.get("capacity").asInt(), m.get("active").asInt(),
					m.get("inProgramme").asInt(), m.get("professions").asList(Value::asString),
					m.get("institutions").asList(Value::asString)));
		return new Facts(ProgrammeKind.valueOf(rules.get("kind").asString()), rules(rules), mentees, mentors);
	}

	record Facts(ProgrammeKind kind, ProgrammeRules rules, List<MenteeFacts> mentees, List<MentorFacts> mentors) {
	}

	record MenteeFacts(String id, List<String> wants, List<String> professions, List<String> institutions) {
	}

	record MentorFacts(String id, int capacity, int active, int inProgramme, List<String> professions,
			List<String> institutions) {
	}

	void savePlan(String programme, AssignmentPlan plan, Map<String, Object> audit) {
		Map<String, Object> stored = new HashMap<>();
		stored.put("id", plan.id());
		stored.put("totalScore", plan.totalScore());
		stored.put("optimal", plan.optimal());
		stored.put("pairs", JSON.writeValueAsString(plan.pairs()));
		stored.put("unmatched", JSON.writeValueAsString(plan.unmatched()));
		write("programme/save-plan", Map.of("programme", programme, "plan", stored, "audit", audit, "now", now()));
	}

	/** Plans by id, with the coordinators of their programme. */
	Map<String, StoredPlan> plans(Collection<String> ids) {
		Map<String, StoredPlan> found = new LinkedHashMap<>();
		if (!ids.isEmpty()) {
			read("programme/plans-by-ids", Map.of("ids", List.copyOf(ids))).forEach((r) -> {
				Value a = r.get("plan");
				AssignmentPlan plan = new AssignmentPlan(a.get("id").asString(), a.get("programme").asString(),
						JSON.readValue(a.get("pairs").asString(), new TypeReference<List<AssignmentPlan.Pair>>() {
						}),
						JSON.readValue(a.get("unmatched").asString(), new TypeReference<List<AssignmentPlan.Left>>() {
						}), a.get("totalScore").asDouble(), a.get("optimal").asBoolean(), time(a.get("createdAt")),
						time(a.get("publishedAt")));
				found.put(plan.id(), new StoredPlan(plan, a.get("coordinators").asList(Value::asString)));
			});
		}
		return found;
	}

	record StoredPlan(AssignmentPlan plan, List<String> coordinators) {
	}

	LocalDate publishDay(String plan, LocalDate today) {
		return write("programme/plan-publish-day", Map.of("id", plan, "today", today)).get(0).get("day").asLocalDate();
	}

	void markPublished(String plan, String subject) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", plan);
		parameters.put("subject", subject);
		parameters.put("now", now());
		write("programme/plan-published", parameters);
	}

	/**
	 * Each mentor's active mentorships in the programme other than the planned ones, and
	 * the programme's most per mentor.
	 */
	Map<String, Integer> programmeLoad(String programme, Collection<String> mentors, Collection<String> planned,
			LocalDate today) {
		Map<String, Integer> held = new HashMap<>();
		read("programme/programme-load", Map.of("programme", programme, "mentors", List.copyOf(mentors), "planned",
				List.copyOf(planned), "today", today))
			.forEach((r) -> held.put(r.get("mentor").asString(), r.get("held").asInt()));
		return held;
	}

	/** Creates a request unless one is pending to the same person; the id either way. */
	String createRequest(String id, String from, String to, List<String> skills, String message,
			ZonedDateTime expiresAt, Map<String, Object> audit) {
		Map<String, Object> request = new HashMap<>();
		request.put("id", id);
		request.put("skills", skills);
		request.put("message", message);
		request.put("expiresAt", expiresAt);
		return write("programme/request-create",
				Map.of("from", from, "to", to, "request", request, "audit", audit, "now", now()))
			.get(0)
			.get("id")
			.asString();
	}

	Map<String, MentorshipRequest> requests(Collection<String> ids) {
		Map<String, MentorshipRequest> found = new LinkedHashMap<>();
		if (!ids.isEmpty()) {
			read("programme/requests-by-ids", Map.of("ids", List.copyOf(ids), "now", now())).forEach((r) -> {
				Value q = r.get("request");
				MentorshipRequest request = new MentorshipRequest(q.get("id").asString(), q.get("from").asString(),
						q.get("to").asString(), q.get("skills").asList(Value::asString),
						q.get("message").asString(null), RequestState.valueOf(q.get("state").asString()),
						time(q.get("createdAt")), time(q.get("expiresAt")), time(q.get("respondedAt")),
						q.get("note").asString(null), q.get("mentorship").asString(null));
				found.put(request.id(), request);
			});
		}
		return found;
	}

	IdPage<MentorshipRequest> requestPage(String person, RequestDirection direction, RequestState state, int size,
			String after) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("person", person);
		parameters.put("direction", direction.name());
		parameters.put("state", (state != null) ? state.name() : null);
		parameters.put("after", IdPage.after("mentorshipRequests", after));
		parameters.put("limit", size + 1);
		parameters.put("now", now());
		List<String> ids = read("programme/requests-page", parameters).stream()
			.map((r) -> r.get("id").asString())
			.toList();
		Map<String, MentorshipRequest> found = requests(ids);
		return IdPage.of("mentorshipRequests", ids.stream().map(found::get).filter(Objects::nonNull).toList(), size,
				MentorshipRequest::id);
	}

	/** Answers a pending, unexpired request; false when it was not (any longer). */
	boolean answer(String id, RequestState state, String note, String mentorship, Map<String, Object> audit) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("state", state.name());
		parameters.put("note", note);
		parameters.put("mentorship", mentorship);
		parameters.put("audit", audit);
		parameters.put("now", now());
		return !write("programme/request-answer", parameters).isEmpty();
	}

	/** Undoes an acceptance whose mentorship was refused. */
	void reopen(String id) {
		write("programme/request-reopen", Map.of("id", id));
	}

	List<MentoringOutcome> outcomes(String programme) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("programme", programme);
		return read("programme/outcomes", parameters).stream().map((r) -> {
			int mentorships = r.get("mentorships").asInt();
			int transfers = r.get("transfers").asInt();
			int rated = r.get("rated").asInt();
			return new MentoringOutcome(r.get("programme").asString(null), r.get("programmeName").asString(null),
					r.get("origin").asString(), mentorships, transfers,
					(mentorships > 0) ? (double) transfers / mentorships : 0.0,
					(mentorships > 0) ? r.get("reciprocal").asDouble() / mentorships : 0.0,
					(transfers > 0) ? r.get("confirmed").asDouble() / transfers : 0.0,
					(rated > 0) ? r.get("ratingSum").asDouble() / rated : null);
		}).toList();
	}

	private static Programme programme(Value g) {
		return new Programme(g.get("id").asString(), g.get("name").asString(),
				ProgrammeKind.valueOf(g.get("kind").asString()), g.get("institutions").asList(Value::asString),
				g.get("coordinators").asList(Value::asString), g.get("mentors").asList(Value::asString),
				g.get("mentees").asList(Value::asString), rules(g), g.get("mentorships").asList(Value::asString),
				g.get("pendingPlan").asString(null), time(g.get("createdAt")), time(g.get("updatedAt")));
	}

	private static ProgrammeRules rules(Value g) {
		return new ProgrammeRules(g.get("crossProfession").asBoolean(false), g.get("crossInstitution").asBoolean(false),
				g.get("maxMenteesPerMentor").asInt(ProgrammeRules.DEFAULT.maxMenteesPerMentor()));
	}

	private static OffsetDateTime time(Value value) {
		return value.isNull() ? null : value.asOffsetDateTime();
	}

	private static ZonedDateTime now() {
		return ZonedDateTime.now(java.time.ZoneOffset.UTC);
	}

	private List<Record> read(String query, Map<String, Object> parameters) {
		return this.driver.executableQuery(this.queries.get(query))
			.withParameters(parameters)
			.withConfig(Queries.READ)
			.execute()
			.records();
	}

	private List<Record> write(String query, Map<String, Object> parameters) {
		return this.driver.executableQuery(this.queries.get(query)).withParameters(parameters).execute().records();
	}

}
