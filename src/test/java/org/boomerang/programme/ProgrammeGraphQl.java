package org.boomerang.programme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.boomerang.GraphTests;
import tools.jackson.databind.JsonNode;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Graph tests of programmes: the operations of {@code graphql-test/programmes.graphql}
 * sent with a caller's token, and a small network in the import format.
 */
abstract class ProgrammeGraphQl extends GraphTests {

	/**
	 * Harbour (hospital) and the university; nursing and medicine. Mentors: Mia (Harbour,
	 * nursing, trainee) teaches EHR at 5, two places; Max (university, medicine, student)
	 * teaches EHR at 3 and podcasting at 4, one place; Mo (university, medicine,
	 * specialist) teaches statistics but takes nobody (capacity 0). Mentees: Eva
	 * (Harbour, nursing, senior) and Eli (university, medicine, senior) want EHR; Ema
	 * (Harbour, senior) wants podcasting; Eno wants nothing; Eta wants statistics; Ezra
	 * (PRIVATE) wants surgery, which nobody teaches. Cora coordinates at Harbour, Uma at
	 * the university.
	 */
	static final String NETWORK = """
			{ "format": "boomerang-import/1",
			  "institutions": [
			    { "id": "inst:harbour", "name": "Harbour City Hospital", "kind": "HOSPITAL" },
			    { "id": "inst:uni", "name": "Coastal University", "kind": "UNIVERSITY" } ],
			  "professions": [ { "id": "prof:nursing", "name": "Nursing" }, { "id": "prof:medicine", "name": "Medicine" } ],
			  "skills": [
			    { "id": "skill:ehr", "name": "Electronic health records", "aliases": ["EHR"] },
			    { "id": "skill:podcasting", "name": "Podcasting" },
			    { "id": "skill:statistics", "name": "Statistics" },
			    { "id": "skill:surgery", "name": "Surgery" } ],
			  "people": [
			    { "id": "mia", "name": "Mia Mentor", "email": "mia@harbour.example", "careerStage": "TRAINEE",
			      "mentoringCapacity": 2, "professions": ["prof:nursing"], "affiliations": [{ "institution": "inst:harbour" }],
			      "skills": [{ "skill": "skill:ehr", "level": 5, "canTeach": true }] },
			    { "id": "max", "name": "Max Mentor", "email": "max@uni.example", "careerStage": "STUDENT",
			      "mentoringCapacity": 1, "professions": ["prof:medicine"], "affiliations": [{ "institution": "inst:uni" }],
			      "skills": [{ "skill": "skill:ehr", "level": 3, "canTeach": true },
			                 { "skill": "skill:podcasting", "level": 4, "canTeach": true }] },
			    { "id": "mo", "name": "Mo Mentor", "email": "mo@uni.example", "careerStage": "SPECIALIST",
			      "mentoringCapacity": 0, "professions": ["prof:medicine"], "affiliations": [{ "institution": "inst:uni" }],
			      "skills": [{ "skill": "skill:statistics", "level": 5, "canTeach": true }] },
			    { "id": "eva", "name": "Eva Mentee", "email": "eva@harbour.example", "careerStage": "SENIOR",
			      "professions": ["prof:nursing"], "affiliations": [{ "institution": "inst:harbour" }],
			      "wantsToLearn": [{ "skill": "skill:ehr" }] },
			    { "id": "eli", "name": "Eli Mentee", "email": "eli@uni.example", "careerStage": "SENIOR",
			      "professions": ["prof:medicine"], "affiliations": [{ "institution": "inst:uni" }],
			      "wantsToLearn": [{ "skill": "skill:ehr" }] },
			    { "id": "ema", "name": "Ema Mentee", "email": "ema@harbour.example", "careerStage": "SENIOR",
			      "affiliations": [{ "institution": "inst:harbour" }], "wantsToLearn": [{ "skill": "skill:podcasting" }] },
			    { "id": "eno", "name": "Eno Mentee", "email": "eno@harbour.example", "careerStage": "SENIOR",
			      "affiliations": [{ "institution": "inst:harbour" }] },
			    { "id": "eta", "name": "Eta Mentee", "email": "eta@harbour.example", "careerStage": "SENIOR",
			      "affiliations": [{ "institution": "inst:harbour" }], "wantsToLearn": [{ "skill": "skill:statistics" }] },
			    { "id": "ezra", "name": "Ezra Private", "email": "ezra@harbour.example", "careerStage": "SENIOR",
			      "visibility": "PRIVATE", "affiliations": [{ "institution": "inst:harbour" }],
			      "wantsToLearn": [{ "skill": "skill:surgery" }] },
			    { "id": "cora", "name": "Cora Coordinator", "email": "cora@harbour.example", "careerStage": "SPECIALIST",
			      "affiliations": [{ "institution": "inst:harbour" }] },
			    { "id": "uma", "name": "Uma Coordinator", "email": "uma@uni.example", "careerStage": "SPECIALIST",
			      "affiliations": [{ "institution": "inst:uni" }] } ] }
			""";

	static final List<String> MENTORS = List.of("mia", "max", "mo");

	static final List<String> MENTEES = List.of("eva", "eli", "ema", "eno", "eta", "ezra");

	/** Sends an operation of programmes.graphql with a token. */
	GraphQlTester.Response as(String token, String operation, Object... variables) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (int i = 0; i < variables.length; i += 2) {
			values.put((String) variables[i], variables[i + 1]);
		}
		GraphQlTester.Request<?> request = graphQlAs(token).documentName("programmes").operationName(operation);
		for (Map.Entry<String, Object> variable : values.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		return request.execute();
	}

	/** The same as an admin. */
	GraphQlTester.Response admin(String operation, Object... variables) {
		return as(this.tokens.admin(), operation, variables);
	}

	static Map<String, Object> programme(String id, String kind, List<String> institutions, List<String> coordinators,
			Map<String, Object> rules) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("id", id);
		input.put("name", "Programme " + id);
		input.put("kind", kind);
		input.put("institutions", institutions);
		input.put("coordinators", coordinators);
		if (rules != null) {
			input.put("rules", rules);
		}
		return input;
	}

	/**
	 * The network, and programme prog:one (OPEN, both institutions, Cora) with everyone
	 * enrolled.
	 */
	void programmeWithEveryone(Map<String, Object> rules) {
		importJson(NETWORK);
		json(admin("Upsert", "input",
				programme("prog:one", "OPEN", List.of("inst:harbour", "inst:uni"), List.of("cora"), rules)),
				"upsertProgramme");
		MENTORS.forEach((id) -> json(admin("Enrol", "programme", "prog:one", "person", id, "as", "MENTOR"), "enrol"));
		MENTEES.forEach((id) -> json(admin("Enrol", "programme", "prog:one", "person", id, "as", "MENTEE"), "enrol"));
	}

	static Map<String, Object> pair(String mentor, String mentee) {
		return Map.of("mentor", mentor, "mentee", mentee);
	}

	/** Mentee id to mentor id of a plan's pairs. */
	static Map<String, String> pairs(JsonNode plan) {
		Map<String, String> pairs = new LinkedHashMap<>();
		plan.get("pairs")
			.forEach((p) -> pairs.put(p.get("mentee").get("id").asString(), p.get("mentor").get("id").asString()));
		return pairs;
	}

	/** Mentee id to reason of a plan's unmatched mentees. */
	static Map<String, String> unmatched(JsonNode plan) {
		Map<String, String> left = new LinkedHashMap<>();
		plan.get("unmatched")
			.forEach((u) -> left.put(u.get("mentee").get("id").asString(), u.get("reason").asString()));
		return left;
	}

	static List<String> ids(JsonNode list) {
		List<String> ids = new ArrayList<>();
		list.forEach((n) -> ids.add(n.get("id").asString()));
		return ids;
	}

	/** The code of the only error of an answer. */
	static String onlyCode(GraphQlTester.Response answer) {
		List<ResponseError> errors = errors(answer);
		return (errors.size() == 1) ? code(errors.get(0)) : "errors: " + errors;
	}

	static boolean failed(GraphQlTester.Response answer) {
		List<ResponseError> found = new ArrayList<>();
		answer.errors().satisfy(found::addAll);
		return !found.isEmpty();
	}

}
