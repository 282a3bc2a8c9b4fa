package org.boomerang.network;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.boomerang.GraphTests;
import org.boomerang.demo.DemoLoader;
import org.boomerang.demo.DemoNetworkGenerator;
import org.boomerang.importing.EscoReader;
import org.boomerang.mentoring.NetworkLevel;
import org.boomerang.security.Scopes;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator's queries over the real graph: hand-made networks whose answers are
 * known, a generated network against {@code knowledgeFlows}, and the GraphML export.
 */
class CoordinatorNetworkTests extends GraphTests {

	/**
	 * Two groups of four (a1-a4 in community cA, b1-b4 in cB) where everyone taught
	 * everyone else of their group, and x (community cX, a student) who is tied to a1 (a
	 * mentorship both ways) and b1 (a transfer each way) only: x is the one bridge. Cora
	 * (cZ) coordinates and has no transfers. Skill sX is wanted by a2 and a3 and can be
	 * taught by b2 and b3 (cB) and x (cX) only; sY is wanted by b4 and taught by b1.
	 */
	private void importBridge() {
		StringBuilder transfers = new StringBuilder();
		int n = 0;
		for (String group : List.of("a", "b")) {
			for (int i = 1; i <= 4; i++) {
				for (int j = i + 1; j <= 4; j++) {
					transfers.append(transfer("t" + (++n), group + i, group + j, "2025-03-0" + i, null));
				}
			}
		}
		transfers.append(transfer("t-x-a1", "x", "a1", "2025-03-10", "m-x-a1"));
		transfers.append(transfer("t-a1-x", "a1", "x", "2025-03-11", "m-x-a1"));
		transfers.append(transfer("t-x-b1", "x", "b1", "2025-03-12", null));
		transfers.append(transfer("t-b1-x", "b1", "x", "2025-04-12", null));
		StringBuilder people = new StringBuilder();
		for (String group : List.of("a", "b")) {
			for (int i = 1; i <= 4; i++) {
				people.append(person(group + i, "SPECIALIST", "c" + group.toUpperCase(), skills(group + i)))
					.append(',');
			}
		}
		people.append(person("x", "STUDENT", "cX", "\"skills\":[{\"skill\":\"sX\",\"level\":4,\"canTeach\":true}]"))
			.append(',');
		people.append("{\"id\":\"cora\",\"name\":\"Cora\",\"careerStage\":\"SENIOR\",\"email\":\"cora@example.org\","
				+ "\"communities\":[{\"community\":\"cZ\",\"from\":\"2020-01-01\"}]}");
		importJson("""
				{"format":"boomerang-import/1",
				 "communities":[{"id":"cA","name":"Group A"},{"id":"cB","name":"Group B"},{"id":"cX","name":"Bridge"},
				  {"id":"cZ","name":"Coordinators"}],
				 "skills":[{"id":"s1","name":"Skill one"},{"id":"sX","name":"Skill X"},{"id":"sY","name":"Skill Y"}],
				 "people":[%s],
				 "mentorships":[{"id":"m-x-a1","mentor":"x","mentee":"a1","skills":["s1"],"startedOn":"2025-03-01"}],
				 "transfers":[%s]}""".formatted(people, transfers.substring(0, transfers.length() - 1)));
	}

	private static String skills(String id) {
		return switch (id) {
			case "a2", "a3" -> "\"wantsToLearn\":[{\"skill\":\"sX\",\"priority\":1}]";
			case "b2", "b3" -> "\"skills\":[{\"skill\":\"sX\",\"level\":4,\"canTeach\":true}]";
			case "b1" -> "\"skills\":[{\"skill\":\"sY\",\"level\":4,\"canTeach\":true}]";
			case "b4" -> "\"wantsToLearn\":[{\"skill\":\"sY\",\"priority\":1}]";
			default -> null;
		};
	}

	private static String person(String id, String stage, String community, String more) {
		return "{\"id\":\"" + id + "\",\"name\":\"Person " + id + "\",\"careerStage\":\"" + stage
				+ "\",\"communities\":[{\"community\":\"" + community + "\",\"from\":\"2020-01-01\"}]"
				+ ((more != null) ? "," + more : "") + "}";
	}

	private static String transfer(String id, String from, String to, String on, String mentorship) {
		return "{\"id\":\"" + id + "\",\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"skill\":\"s1\",\"on\":\"" + on
				+ "\"" + ((mentorship != null) ? ",\"mentorship\":\"" + mentorship + "\"" : "") + "},";
	}

	@Test
	void the_single_bridge_between_two_dense_groups_is_the_top_broker() {
		importBridge();
		JsonNode brokers = json(graphQl("brokers", "level", "COMMUNITY"), "brokers");
		assertThat(brokers.get(0).at("/person/id").asString()).isEqualTo("x");
		// x lies on the shortest paths of all 16 (a, b) pairs out of 28 pairs of others.
		assertThat(brokers.get(0).get("betweenness").asDouble()).isCloseTo(16.0 / 28, within());
		assertThat(brokers.get(0).get("transfers").asInt()).isEqualTo(4);
		assertThat(brokers.get(0).get("bridges").findValuesAsString("id")).containsExactlyInAnyOrder("cX", "cA", "cB");
		assertThat(brokers.get(0).get("bridges").get(0).get("level").asString()).isEqualTo("COMMUNITY");
		// a1 and b1 come next (15 pairs each); the others lie on no shortest path.
		assertThat(people(brokers)).containsExactly("x", "a1", "b1");
		assertThat(brokers.size()).isEqualTo(3);
	}

	@Test
	void a_broker_the_reader_may_not_see_is_left_out_and_the_scores_stay() {
		importBridge();
		write("MATCH (p:Person {id: 'x'}) SET p.visibility = 'PRIVATE'", Map.of());
		JsonNode seen = json(graphQlAs(this.tokens.coordinator("cora")).documentName("brokers")
			.variable("level", "COMMUNITY")
			.execute(), "brokers");
		assertThat(people(seen)).containsExactly("a1", "b1");
		assertThat(seen.get(0).get("betweenness").asDouble()).isCloseTo(15.0 / 28, within());
		assertThat(seen.toString()).doesNotContain("Person x");
		JsonNode admin = json(graphQl("brokers", "level", "COMMUNITY"), "brokers");
		assertThat(admin.get(0).at("/person/id").asString()).isEqualTo("x");
	}

	@Test
	void brokers_of_an_institution_and_first_limit_the_list() {
		importBridge();
		JsonNode one = json(graphQl("brokers", "level", "COMMUNITY", "first", 1), "brokers");
		assertThat(people(one)).containsExactly("x");
		assertThat(code(firstError(graphQl("brokers", "level", "COMMUNITY", "first", 101)))).isEqualTo("BAD_REQUEST");
		assertThat(code(firstError(graphQl("brokers", "level", "COMMUNITY", "institution", "nowhere"))))
			.isEqualTo("NOT_FOUND");
	}

	@Test
	void a_skill_wanted_in_one_community_and_taught_only_elsewhere_is_a_gap_there_and_not_elsewhere() {
		importBridge();
		JsonNode gapsA = json(graphQl("skill-gaps", "level", "COMMUNITY", "place", "cA"), "skillGaps");
		assertThat(gapsA.size()).isEqualTo(1);
		JsonNode gap = gapsA.get(0);
		assertThat(gap.at("/skill/id").asString()).isEqualTo("sX");
		assertThat(gap.get("wanters").asInt()).isEqualTo(2);
		assertThat(gap.get("teachersInside").asInt()).isZero();
		assertThat(gap.get("teachersElsewhere").asInt()).isEqualTo(3);
		// b2 and b3 in cB, x in cX: most teachers first.
		assertThat(gap.get("sources").findValuesAsString("id")).containsExactly("cB", "cX");
		assertThat(gap.get("sources").get(0).get("name").asString()).isEqualTo("Group B");
		// Where sX is taught it is no gap; sY is wanted in cB and taught there (b1).
		assertThat(json(graphQl("skill-gaps", "level", "COMMUNITY", "place", "cB"), "skillGaps")).isEmpty();
		assertThat(json(graphQl("skill-gaps", "level", "COMMUNITY", "place", "cX"), "skillGaps")).isEmpty();
		assertThat(code(firstError(graphQl("skill-gaps", "level", "COMMUNITY", "place", "nowhere"))))
			.isEqualTo("NOT_FOUND");
	}

	@Test
	void the_network_of_the_bridge_has_its_known_nodes_edges_and_shares() {
		importBridge();
		JsonNode network = json(graphQl("network", "level", "COMMUNITY"), "network");
		Map<String, JsonNode> edges = new HashMap<>();
		network.get("edges").forEach((e) -> edges.put(e.get("from").asString() + ">" + e.get("to").asString(), e));
		assertThat(edges.keySet()).containsExactlyInAnyOrder("cA>cA", "cB>cB", "cX>cA", "cA>cX", "cX>cB", "cB>cX");
		assertThat(edges.get("cA>cA").get("transfers").asInt()).isEqualTo(6);
		assertThat(edges.get("cA>cA").get("people").asInt()).isEqualTo(4);
		// x (a student) taught b1 (a specialist): reverse; b1 taught x back: traditional.
		assertThat(edges.get("cX>cB").get("reverseShare").asDouble()).isEqualTo(1.0);
		assertThat(edges.get("cB>cX").get("reverseShare").asDouble()).isEqualTo(0.0);
		// x and a1 taught each other inside their mentorship: reciprocal.
		assertThat(edges.get("cX>cA").get("reciprocalShare").asDouble()).isEqualTo(1.0);
		assertThat(edges.get("cA>cX").get("reciprocalShare").asDouble()).isEqualTo(1.0);
		assertThat(edges.get("cX>cB").get("reciprocalShare").asDouble()).isEqualTo(0.0);
		Map<String, JsonNode> nodes = new HashMap<>();
		network.get("nodes").forEach((node) -> nodes.put(node.get("id").asString(), node));
		assertThat(nodes.keySet()).containsExactlyInAnyOrder("cA", "cB", "cX");
		assertThat(nodes.get("cX").get("transfersIn").asInt()).isEqualTo(2);
		assertThat(nodes.get("cX").get("transfersOut").asInt()).isEqualTo(2);
		assertThat(nodes.get("cX").get("people").asInt()).isEqualTo(1);
		assertThat(nodes.get("cA").get("people").asInt()).isEqualTo(4);
		assertThat(nodes.get("cA").get("name").asString()).isEqualTo("Group A");
		// The window: April holds only b1 > x.
		JsonNode april = json(graphQl("network", "level", "COMMUNITY", "since", "2025-04-01"), "network");
		assertThat(april.get("edges").size()).isEqualTo(1);
		assertThat(april.get("since").asString()).isEqualTo("2025-04-01");
		assertThat(code(
				firstError(graphQl("network", "level", "COMMUNITY", "since", "2025-05-01", "until", "2025-04-01"))))
			.isEqualTo("BAD_REQUEST");
	}

	@Test
	void a_mentorship_becomes_reciprocal_when_its_mentee_teaches_back_and_its_earlier_transfers_count_so() {
		importBridge();
		importJson("""
				{"format":"boomerang-import/1",
				 "mentorships":[{"id":"m-b1-b2","mentor":"b1","mentee":"b2","skills":["s1"],"startedOn":"2025-03-01"}],
				 "transfers":[%s]}"""
			.formatted(transfer("t-b1-b2", "b1", "b2", "2025-03-20", "m-b1-b2").replace("},", "}")));
		JsonNode before = edge(json(graphQl("network", "level", "COMMUNITY"), "network"), "cB", "cB");
		assertThat(before.get("transfers").asInt()).isEqualTo(7);
		assertThat(before.get("reciprocalShare").asDouble()).isZero();
		importJson("""
				{"format":"boomerang-import/1", "transfers":[%s]}"""
			.formatted(transfer("t-b2-b1", "b2", "b1", "2025-03-21", "m-b1-b2").replace("},", "}")));
		JsonNode after = edge(json(graphQl("network", "level", "COMMUNITY"), "network"), "cB", "cB");
		assertThat(after.get("transfers").asInt()).isEqualTo(8);
		// Both transfers of the mentorship now count as reciprocal, the earlier one too.
		assertThat(after.get("reciprocalShare").asDouble()).isCloseTo(2.0 / 8, within());
		JsonNode march = json(graphQl("mentoring-timeline", "level", "COMMUNITY", "place", "cB"), "mentoringTimeline")
			.get(0);
		assertThat(march.get("reciprocal").asInt()).isEqualTo(2);
	}

	private static JsonNode edge(JsonNode network, String from, String to) {
		for (JsonNode e : network.get("edges")) {
			if (e.get("from").asString().equals(from) && e.get("to").asString().equals(to)) {
				return e;
			}
		}
		throw new AssertionError("no edge " + from + " -> " + to + " in " + network);
	}

	@Test
	void the_timeline_counts_each_month_by_direction_and_reciprocity() {
		importBridge();
		JsonNode months = json(graphQl("mentoring-timeline", "level", "COMMUNITY", "place", "cX"), "mentoringTimeline");
		assertThat(months.findValuesAsString("month")).containsExactly("2025-03", "2025-04");
		JsonNode march = months.get(0);
		assertThat(march.get("transfers").asInt()).isEqualTo(3);
		assertThat(march.get("reverse").asInt()).isEqualTo(2);
		assertThat(march.get("traditional").asInt()).isEqualTo(1);
		assertThat(march.get("peer").asInt()).isZero();
		assertThat(march.get("reciprocal").asInt()).isEqualTo(2);
		assertThat(months.get(1).get("traditional").asInt()).isEqualTo(1);
		JsonNode all = json(graphQl("mentoring-timeline", "level", "COMMUNITY"), "mentoringTimeline");
		assertThat(all.get(0).get("transfers").asInt()).isEqualTo(15);
		assertThat(all.get(0).get("peer").asInt()).isEqualTo(12);
	}

	@Test
	void network_edges_equal_knowledge_flows_on_a_generated_network_at_every_level() {
		DemoNetworkGenerator.Settings settings = new DemoNetworkGenerator.Settings(80, 7, LocalDate.now(), 6, 6, true);
		this.imports.importDocument(new ByteArrayInputStream(
				new DemoNetworkGenerator(EscoReader.readClasspath(DemoLoader.ESCO_SUBSET), settings).toBytes()));
		String since = LocalDate.now().minusMonths(8).toString();
		String skill = read("MATCH (t:Transfer)-[:ABOUT]->(s:Skill) RETURN s.id AS id, count(t) AS n"
				+ " ORDER BY n DESC, id LIMIT 1", Map.of())
			.records()
			.get(0)
			.get("id")
			.asString();
		int compared = 0;
		for (NetworkLevel level : NetworkLevel.values()) {
			for (String[] window : new String[][] { { null, null }, { since, null }, { null, null, skill } }) {
				Map<String, Object> variables = new HashMap<>();
				variables.put("level", level.name());
				variables.put("since", window[0]);
				variables.put("until", window[1]);
				variables.put("skill", (window.length > 2) ? window[2] : null);
				List<String> flows = new ArrayList<>();
				json(graphQl("knowledge-flows", variables), "knowledgeFlows")
					.forEach((f) -> flows.add(f.at("/from/id").asString() + ">" + f.at("/to/id").asString() + " "
							+ f.get("transfers").asInt() + " " + f.get("people").asInt()));
				List<String> edges = new ArrayList<>();
				JsonNode network = json(graphQl("network", variables), "network");
				network.get("edges")
					.forEach((e) -> edges.add(e.get("from").asString() + ">" + e.get("to").asString() + " "
							+ e.get("transfers").asInt() + " " + e.get("people").asInt()));
				// knowledgeFlows answers at most 100 flows, most transfers first, as the
				// edges are ordered.
				assertThat(edges.subList(0, Math.min(100, edges.size()))).as(level + " " + variables).isEqualTo(flows);
				assertThat(flows).isNotEmpty();
				compared += flows.size();
				// Each node's transfers in and out are the sums of its edges, loops left
				// out.
				Map<String, int[]> sums = new HashMap<>();
				network.get("edges").forEach((e) -> {
					if (!e.get("from").asString().equals(e.get("to").asString())) {
						sums.computeIfAbsent(e.get("to").asString(), (k) -> new int[2])[0] += e.get("transfers")
							.asInt();
						sums.computeIfAbsent(e.get("from").asString(), (k) -> new int[2])[1] += e.get("transfers")
							.asInt();
					}
				});
				network.get("nodes").forEach((node) -> {
					int[] sum = sums.getOrDefault(node.get("id").asString(), new int[2]);
					assertThat(node.get("transfersIn").asInt()).isEqualTo(sum[0]);
					assertThat(node.get("transfersOut").asInt()).isEqualTo(sum[1]);
				});
			}
		}
		assertThat(compared).isGreaterThan(30);
	}

	@Test
	void the_graphml_export_parses_and_matches_the_network() throws Exception {
		importBridge();
		HttpResponse<String> answer = get("/api/export/network.graphml?level=COMMUNITY&since=2025-01-01",
				this.tokens.coordinator("cora"));
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/graphml+xml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8)));
		JsonNode network = json(graphQl("network", "level", "COMMUNITY", "since", "2025-01-01"), "network");
		NodeList nodes = document.getElementsByTagNameNS(GraphMlWriter.NAMESPACE, "node");
		List<String> nodeIds = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			nodeIds.add(((Element) nodes.item(i)).getAttribute("id"));
		}
		assertThat(nodeIds).containsExactlyElementsOf(network.get("nodes").findValuesAsString("id"));
		NodeList edges = document.getElementsByTagNameNS(GraphMlWriter.NAMESPACE, "edge");
		List<String> fromXml = new ArrayList<>();
		for (int i = 0; i < edges.getLength(); i++) {
			Element edge = (Element) edges.item(i);
			fromXml.add(edge.getAttribute("source") + ">" + edge.getAttribute("target") + " " + data(edge, "transfers")
					+ " " + data(edge, "edge_people"));
		}
		List<String> fromQuery = new ArrayList<>();
		network.get("edges")
			.forEach((e) -> fromQuery.add(e.get("from").asString() + ">" + e.get("to").asString() + " "
					+ e.get("transfers").asInt() + " " + e.get("people").asInt()));
		assertThat(fromXml).containsExactlyElementsOf(fromQuery);
	}

	@Test
	void the_export_needs_a_token_and_a_coordinator_admin_read_or_export_caller() {
		importBridge();
		String path = "/api/export/network.graphml?level=COMMUNITY";
		assertThat(get(path, null).statusCode()).isEqualTo(401);
		assertThat(get(path, this.tokens.staff("cora")).statusCode()).isEqualTo(403);
		assertThat(get(path, this.tokens.client("hr-feed", Scopes.IMPORT)).statusCode()).isEqualTo(403);
		assertThat(get(path, this.tokens.client("research", Scopes.EXPORT)).statusCode()).isEqualTo(200);
		assertThat(get(path, this.tokens.client("portal", Scopes.READ)).statusCode()).isEqualTo(200);
		assertThat(get(path, this.tokens.admin()).statusCode()).isEqualTo(200);
		HttpResponse<String> noLevel = get("/api/export/network.graphml", this.tokens.admin());
		assertThat(noLevel.statusCode()).isEqualTo(400);
		assertThat(noLevel.body()).contains("level");
	}

	private static List<String> people(JsonNode brokers) {
		List<String> ids = new ArrayList<>();
		brokers.forEach((b) -> ids.add(b.at("/person/id").asString()));
		return ids;
	}

	private static String data(Element edge, String key) {
		NodeList data = edge.getElementsByTagNameNS(GraphMlWriter.NAMESPACE, "data");
		for (int i = 0; i < data.getLength(); i++) {
			Element d = (Element) data.item(i);
			if (d.getAttribute("key").equals(key)) {
				return d.getTextContent();
			}
		}
		return null;
	}

	private static org.assertj.core.data.Offset<Double> within() {
		return org.assertj.core.data.Offset.offset(1e-9);
	}

}
