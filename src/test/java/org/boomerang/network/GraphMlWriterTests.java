package org.boomerang.network;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.boomerang.mentoring.NetworkLevel;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * GraphML written for the network is read back with the JDK's own XML parser, names with
 * markup characters and non-ASCII text included.
 */
class GraphMlWriterTests {

	private static final String AWKWARD = "Cardiology & <Vascular> \"Care\" 'Team' – Pädiatrie Zürich 日本 \uD83E\uDE7A";

	@Test
	void nodes_edges_and_their_keys_read_back_as_written() throws Exception {
		List<NetworkNode> nodes = List.of(new NetworkNode("c:1", AWKWARD, NetworkLevel.COMMUNITY, 12, 30, 41),
				new NetworkNode("c&2", "Nursing <education>", NetworkLevel.COMMUNITY, 7, 41, 30));
		List<NetworkEdge> edges = List.of(new NetworkEdge("c:1", "c&2", 41, 9, 0.25, 0.125),
				new NetworkEdge("c&2", "c:1", 30, 6, 1.0, 0.0));

		Document document = parse(write(nodes, edges, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));

		Element root = document.getDocumentElement();
		assertThat(root.getLocalName()).isEqualTo("graphml");
		assertThat(root.getNamespaceURI()).isEqualTo(GraphMlWriter.NAMESPACE);
		assertThat(elements(document, "key"))
			.extracting((key) -> key.getAttribute("id"), (key) -> key.getAttribute("for"),
					(key) -> key.getAttribute("attr.name"), (key) -> key.getAttribute("attr.type"))
			.containsExactly(tuple("since", "graph", "since", "string"), tuple("until", "graph", "until", "string"),
					tuple("name", "node", "name", "string"), tuple("level", "node", "level", "string"),
					tuple("node_people", "node", "people", "int"), tuple("transfersIn", "node", "transfersIn", "int"),
					tuple("transfersOut", "node", "transfersOut", "int"),
					tuple("transfers", "edge", "transfers", "int"), tuple("edge_people", "edge", "people", "int"),
					tuple("reverseShare", "edge", "reverseShare", "double"),
					tuple("reciprocalShare", "edge", "reciprocalShare", "double"));

		Element graph = elements(document, "graph").get(0);
		assertThat(graph.getAttribute("edgedefault")).isEqualTo("directed");
		assertThat(data(graph))
			.containsExactlyInAnyOrderEntriesOf(Map.of("since", "2025-01-01", "until", "2025-12-31"));

		List<Element> written = elements(document, "node");
		assertThat(written).extracting((node) -> node.getAttribute("id")).containsExactly("c:1", "c&2");
		assertThat(data(written.get(0))).containsExactlyInAnyOrderEntriesOf(Map.of("name", AWKWARD, "level",
				"COMMUNITY", "node_people", "12", "transfersIn", "30", "transfersOut", "41"));
		assertThat(data(written.get(1))).containsEntry("name", "Nursing <education>");

		List<Element> flows = elements(document, "edge");
		assertThat(flows).extracting((edge) -> edge.getAttribute("source"), (edge) -> edge.getAttribute("target"))
			.containsExactly(tuple("c:1", "c&2"), tuple("c&2", "c:1"));
		Map<String, String> first = data(flows.get(0));
		assertThat(first).containsEntry("transfers", "41").containsEntry("edge_people", "9");
		assertThat(Double.parseDouble(first.get("reverseShare"))).isEqualTo(0.25);
		assertThat(Double.parseDouble(first.get("reciprocalShare"))).isEqualTo(0.125);
		assertThat(Double.parseDouble(data(flows.get(1)).get("reverseShare"))).isEqualTo(1.0);
	}

	@Test
	void characters_xml_cannot_hold_become_replacement_characters() throws Exception {
		List<NetworkNode> nodes = List
			.of(new NetworkNode("i:1", "Bell\u0007 and \uD800 half", NetworkLevel.INSTITUTION, 1, 0, 0));

		Document document = parse(write(nodes, List.of(), null, null));

		assertThat(data(elements(document, "node").get(0))).containsEntry("name", "Bell\uFFFD and \uFFFD half");
		assertThat(data(elements(document, "graph").get(0))).isEmpty();
	}

	@Test
	void an_edge_to_a_node_outside_the_network_is_refused() {
		List<NetworkNode> nodes = List.of(new NetworkNode("p:1", "Nursing", NetworkLevel.PROFESSION, 1, 0, 1));
		List<NetworkEdge> edges = List.of(new NetworkEdge("p:1", "p:9", 1, 2, 0, 0));

		assertThatIllegalArgumentException().isThrownBy(() -> write(nodes, edges, null, null))
			.withMessage("the edge p:1 -> p:9 names a node that is not in the network");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> write(List.of(nodes.get(0), nodes.get(0)), List.of(), null, null))
			.withMessage("the network has two nodes with the id p:1");
	}

	private static byte[] write(List<NetworkNode> nodes, List<NetworkEdge> edges, LocalDate since, LocalDate until)
			throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		GraphMlWriter.write(nodes, edges, since, until, out);
		return out.toByteArray();
	}

	private static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	private static List<Element> elements(Document document, String name) {
		NodeList list = document.getElementsByTagNameNS(GraphMlWriter.NAMESPACE, name);
		return IntStream.range(0, list.getLength()).mapToObj((i) -> (Element) list.item(i)).toList();
	}

	/** The data elements directly inside an element, by key. */
	private static Map<String, String> data(Element parent) {
		Map<String, String> values = new HashMap<>();
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && "data".equals(element.getLocalName())) {
				values.put(element.getAttribute("key"), element.getTextContent());
			}
		}
		return values;
	}

}
