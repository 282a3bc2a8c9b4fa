package org.boomerang.importing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.boomerang.api.Problem;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Walks an import document as a stream: the top-level object token by token, each entity
 * of the lists it asks for as a small tree, everything else skipped. Memory holds one
 * entity at a time, whatever the document's size. The structure of the document (an
 * object, its {@code format}, no unknown keys, lists of objects) is checked on the way.
 */
final class DocumentStream {

	/** Receives the entities of one reading, in document order. */
	interface Visitor {

		/**
		 * One entity.
		 * @param kind its kind
		 * @param index its position in its list
		 * @param element the entity (problems with its shape are reported by the reader
		 * when it is not an object, so this is an object)
		 * @param offset how many bytes of the document are read so far (0 when the
		 * document is not read from bytes)
		 */
		void entity(Kind kind, int index, JsonNode element, long offset);

		/**
		 * Whether this reading needs an entity: one it does not need is skipped without
		 * being turned into a tree ({@link #skipped}).
		 * @param kind its kind
		 * @param index its position in its list
		 * @return false to skip it
		 */
		default boolean wants(Kind kind, int index) {
			return true;
		}

		/**
		 * An entity skipped because {@link #wants} said so.
		 * @param kind its kind
		 * @param index its position in its list
		 */
		default void skipped(Kind kind, int index) {
		}

	}

	private DocumentStream() {
	}

	/**
	 * Reads the document once.
	 * @param source the document
	 * @param kinds the lists whose entities the visitor gets; others are skipped
	 * @param visitor receives the entities
	 * @param problems receives the problems of the document's structure; null to ignore
	 * them (a second reading of a document already checked)
	 * @return the kinds in the order the document lists them
	 */
	static List<Kind> read(DocumentSource source, Set<Kind> kinds, Visitor visitor, List<Problem> problems) {
		List<Problem> report = (problems != null) ? problems : new ArrayList<>();
		List<Kind> order = new ArrayList<>();
		try (JsonParser parser = source.open()) {
			JsonToken first = parser.nextToken();
			if (first != JsonToken.START_OBJECT) {
				if (first != null) {
					parser.skipChildren();
					requireEnd(parser, report);
				}
				report.add(new Problem("$", "the document must be a JSON object with \"format\": \""
						+ DocumentValidator.FORMAT
						+ "\" and lists of institutions, professions, communities, skills, people, mentorships, transfers"));
				return order;
			}
			boolean format = false;
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				parser.nextToken();
				Kind kind = Kind.byKey(name);
				if ("format".equals(name)) {
					format = true;
					format(parser, report);
				}
				else if (kind == null) {
					report.add(new Problem("$." + name,
							"unknown field '" + name + "'; allowed here: " + String.join(", ", topLevel())));
					parser.skipChildren();
				}
				else {
					order.add(kind);
					list(parser, kind, kinds.contains(kind), visitor, report);
				}
			}
			requireEnd(parser, report);
			if (!format) {
				report.add(new Problem("$.format",
						"required field 'format' is missing; it must be \"" + DocumentValidator.FORMAT + "\""));
			}
			return order;
		}
	}

	private static void format(JsonParser parser, List<Problem> problems) {
		if (parser.currentToken() == JsonToken.VALUE_NULL) {
			problems.add(new Problem("$.format",
					"required field 'format' is missing; it must be \"" + DocumentValidator.FORMAT + "\""));
			return;
		}
		JsonNode value = parser.readValueAsTree();
		if (!value.isString() || !DocumentValidator.FORMAT.equals(value.asString())) {
			problems.add(new Problem("$.format", FieldReader.describe(value) + " is not a supported format; expected \""
					+ DocumentValidator.FORMAT + "\""));
		}
	}

	private static void list(JsonParser parser, Kind kind, boolean wanted, Visitor visitor, List<Problem> problems) {
		JsonToken token = parser.currentToken();
		String path = "$." + kind.key();
		if (token == JsonToken.VALUE_NULL) {
			return;
		}
		if (token != JsonToken.START_ARRAY) {
			JsonNode value = parser.readValueAsTree();
			problems.add(new Problem(path, "must be a list, not " + FieldReader.describe(value)));
			return;
		}
		int index = 0;
		for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken(), index++) {
			if (!wanted) {
				parser.skipChildren();
				continue;
			}
			if (!visitor.wants(kind, index)) {
				parser.skipChildren();
				visitor.skipped(kind, index);
				continue;
			}
			if (t != JsonToken.START_OBJECT) {
				JsonNode value = parser.readValueAsTree();
				problems.add(
						new Problem(path + "[" + index + "]", "must be an object, not " + FieldReader.describe(value)));
				continue;
			}
			JsonNode element = parser.readValueAsTree();
			visitor.entity(kind, index, element, Math.max(0, parser.currentLocation().getByteOffset()));
		}
	}

	/** Content after the document's end is an error, not a second document to ignore. */
	private static void requireEnd(JsonParser parser, List<Problem> problems) {
		if (parser.nextToken() != null) {
			problems.add(new Problem("$",
					"the document is not valid JSON at line " + parser.currentTokenLocation().getLineNr() + ", column "
							+ parser.currentTokenLocation().getColumnNr() + ": content after the end of the document"));
		}
	}

	private static Set<String> topLevel() {
		Set<String> names = new TreeSet<>();
		names.add("format");
		for (Kind kind : EnumSet.allOf(Kind.class)) {
			names.add(kind.key());
		}
		return names;
	}

}
