package org.boomerang.skill.search;

import java.util.ArrayList;
import java.util.List;

import org.boomerang.GraphTests;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Base of the search and teaching tests: a small skill taxonomy in the import format, and
 * the search index rebuilt after the graph is cleared (the clearing bypasses the
 * service).
 */
public abstract class SearchTestSupport extends GraphTests {

	protected static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Digital health > Electronic health records > Cerner PowerChart; Digital health >
	 * Telehealth consultations; and a few unrelated skills.
	 */
	protected static final String SKILLS = """
			{ "format": "boomerang-import/1",
			  "skills": [
			    { "id": "skill:digital-health", "name": "Digital health", "aliases": ["eHealth", "health informatics"] },
			    { "id": "skill:ehr", "name": "Electronic health records",
			      "aliases": ["EHR", "EMR", "eMR", "electronic medical record"], "broader": ["skill:digital-health"] },
			    { "id": "skill:powerchart", "name": "Cerner PowerChart", "aliases": ["PowerChart"],
			      "broader": ["skill:ehr"] },
			    { "id": "skill:telehealth", "name": "Telehealth consultations",
			      "aliases": ["telemedicine", "virtual care", "video consultation"], "broader": ["skill:digital-health"] },
			    { "id": "skill:podcasting", "name": "Podcast production", "aliases": ["podcasting"],
			      "description": "Planning, recording and publishing educational audio." },
			    { "id": "skill:clinical-reasoning", "name": "Clinical reasoning" },
			    { "id": "skill:cpp", "name": "C++", "description": "Programming in C++ for medical devices." },
			    { "id": "skill:statistics", "name": "Statistical analysis", "description": "Analysing data with R or SPSS." }
			  ] }
			""";

	@Autowired
	protected TopicResolver topics;

	@BeforeEach
	void rebuildSearchIndex() {
		this.topics.rebuildIndex();
	}

	/** The error codes of an answer, empty when it has no errors. */
	protected static List<String> errorCodes(GraphQlTester.Response answer) {
		List<String> codes = new ArrayList<>();
		answer.errors().satisfy((errors) -> errors.forEach((e) -> codes.add(code(e))));
		return codes;
	}

	/** The values of one field of each element of an array. */
	protected static List<String> field(JsonNode array, String path) {
		List<String> values = new ArrayList<>();
		for (JsonNode element : array) {
			JsonNode node = element;
			for (String part : path.split("\\.")) {
				node = node.path(part);
			}
			values.add(node.asString(null));
		}
		return values;
	}

}
