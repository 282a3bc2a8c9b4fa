package org.boomerang.network;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the coordinator's network as GraphML (for Gephi, Cytoscape, yEd, NetworkX):
 * places as nodes, flows as directed edges, every attribute declared as a typed
 * {@code <key>}.
 * <p>
 * The JDK's streaming writer escapes markup; characters that XML 1.0 cannot hold at all
 * (control characters, unpaired surrogates) are written as U+FFFD, so any name gives a
 * document that parses.
 */
final class GraphMlWriter {

	static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

	private static final String SCHEMA = NAMESPACE + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

	private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

	/**
	 * Key ids are those of GraphML; attr.name is what the tools show as a column title.
	 */
	private static final List<Key> KEYS = List.of(new Key("since", "graph", "since", "string"),
			new Key("until", "graph", "until", "string"), new Key("name", "node", "name", "string"),
			new Key("level", "node", "level", "string"), new Key("node_people", "node", "people", "int"),
			new Key("transfersIn", "node", "transfersIn", "int"),
			new Key("transfersOut", "node", "transfersOut", "int"), new Key("transfers", "edge", "transfers", "int"),
			new Key("edge_people", "edge", "people", "int"), new Key("reverseShare", "edge", "reverseShare", "double"),
			new Key("reciprocalShare", "edge", "reciprocalShare", "double"));

	private GraphMlWriter() {
	}

	/**
	 * Writes one network. The stream is left open.
	 * @param nodes the places
	 * @param edges the flows between them; both ends must be among the nodes
	 * @param since the window's first day, or null for none
	 * @param until the window's last day, or null for none
	 * @param out where the UTF-8 document goes
	 * @throws XMLStreamException when the stream fails
	 */
	static void write(List<NetworkNode> nodes, List<NetworkEdge> edges, LocalDate since, LocalDate until,
			OutputStream out) throws XMLStreamException {
		Set<String> ids = new HashSet<>();
		for (NetworkNode node : nodes) {
			if (!ids.add(node.id())) {
				throw new IllegalArgumentException("the network has two nodes with the id " + node.id());
			}
		}
		for (NetworkEdge edge : edges) {
			if (!ids.contains(edge.from()) || !ids.contains(edge.to())) {
				throw new IllegalArgumentException(
						"the edge " + edge.from() + " -> " + edge.to() + " names a node that is not in the network");
			}
		}
		XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeCharacters("\n");
		xml.writeStartElement("graphml");
		xml.writeDefaultNamespace(NAMESPACE);
		xml.writeNamespace("xsi", XSI);
		xml.writeAttribute(XSI, "schemaLocation", SCHEMA);
		for (Key key : KEYS) {
			xml.writeCharacters("\n  ");
			xml.writeEmptyElement("key");
			xml.writeAttribute("id", key.id());
			xml.writeAttribute("for", key.domain());
			xml.writeAttribute("attr.name", key.name());
			xml.writeAttribute("attr.type", key.type());
		}
		xml.writeCharacters("\n  ");
		xml.writeStartElement("graph");
		xml.writeAttribute("id", "network");
		xml.writeAttribute("edgedefault", "directed");
		if (since != null) {
			data(xml, "    ", "since", since.toString());
		}
		if (until != null) {
			data(xml, "    ", "until", until.toString());
		}
		for (NetworkNode node : nodes) {
			xml.writeCharacters("\n    ");
			xml.writeStartElement("node");
			xml.writeAttribute("id", text(node.id()));
			data(xml, "      ", "name", text(node.name()));
			data(xml, "      ", "level", node.level().name());
			data(xml, "      ", "node_people", Integer.toString(node.people()));
			data(xml, "      ", "transfersIn", Integer.toString(node.transfersIn()));
			data(xml, "      ", "transfersOut", Integer.toString(node.transfersOut()));
			xml.writeCharacters("\n    ");
			xml.writeEndElement();
		}
		int number = 0;
		for (NetworkEdge edge : edges) {
			xml.writeCharacters("\n    ");
			xml.writeStartElement("edge");
			xml.writeAttribute("id", "e" + number++);
			xml.writeAttribute("source", text(edge.from()));
			xml.writeAttribute("target", text(edge.to()));
			data(xml, "      ", "transfers", Integer.toString(edge.transfers()));
			data(xml, "      ", "edge_people", Integer.toString(edge.people()));
			data(xml, "      ", "reverseShare", Double.toString(edge.reverseShare()));
			data(xml, "      ", "reciprocalShare", Double.toString(edge.reciprocalShare()));
			xml.writeCharacters("\n    ");
			xml.writeEndElement();
		}
		xml.writeCharacters("\n  ");
		xml.writeEndElement();
		xml.writeCharacters("\n");
		xml.writeEndElement();
		xml.writeCharacters("\n");
		xml.writeEndDocument();
		xml.flush();
		xml.close();
	}

	private static void data(XMLStreamWriter xml, String indent, String key, String value) throws XMLStreamException {
		xml.writeCharacters("\n" + indent);
		xml.writeStartElement("data");
		xml.writeAttribute("key", key);
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

	/** The text with every character that XML 1.0 does not allow replaced by U+FFFD. */
	static String text(String value) {
		StringBuilder clean = null;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			boolean pair = Character.isHighSurrogate(c) && i + 1 < value.length()
					&& Character.isLowSurrogate(value.charAt(i + 1));
			boolean allowed = pair || c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
					|| (c >= 0xE000 && c <= 0xFFFD);
			if (!allowed && clean == null) {
				clean = new StringBuilder(value.length()).append(value, 0, i);
			}
			if (clean != null) {
				clean.append(allowed ? c : '\uFFFD');
				if (pair) {
					clean.append(value.charAt(i + 1));
				}
			}
			if (pair) {
				i++;
			}
		}
		return (clean != null) ? clean.toString() : value;
	}

	private record Key(String id, String domain, String name, String type) {
	}

}
