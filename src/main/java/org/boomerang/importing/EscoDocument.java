package org.boomerang.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns ESCO concepts into the {@code skills} of an import document: id and
 * {@code escoUri} = the concept URI, name = the preferred label, aliases from the
 * alternative labels, and the broader links that stay inside the taxonomy given. ESCO is
 * not refused for being larger than the import allows: over-long texts are shortened and
 * surplus aliases left out, and each such change is counted.
 */
public final class EscoDocument {

	static final int MAX_NAME = 300;

	static final int MAX_DESCRIPTION = 10_000;

	static final int MAX_ALIASES = 100;

	static final int MAX_ALIAS_LENGTH = 200;

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private EscoDocument() {
	}

	/**
	 * The skills of an import document and what had to change to fit the import's limits.
	 *
	 * @param skills one object per concept, in the taxonomy's order
	 * @param adjustments per kind of change, how many concepts or values it touched
	 */
	public record Converted(List<ObjectNode> skills, Map<String, Integer> adjustments) {

		/**
		 * The whole import document.
		 * @return a document of format {@code boomerang-import/1} holding the skills
		 */
		public ObjectNode document() {
			ObjectNode document = NODES.objectNode();
			document.put("format", DocumentValidator.FORMAT);
			ArrayNode list = document.putArray("skills");
			this.skills.forEach(list::add);
			return document;
		}

	}

	/**
	 * Converts a taxonomy.
	 * @param taxonomy the concepts to convert
	 * @return the skills and the adjustments made
	 */
	public static Converted convert(EscoTaxonomy taxonomy) {
		Map<String, Integer> adjustments = new LinkedHashMap<>();
		Set<String> ids = new HashSet<>();
		for (EscoConcept concept : taxonomy.concepts()) {
			if (FieldReader.ID.matcher(concept.uri()).matches() && !concept.name().isBlank()) {
				ids.add(concept.uri());
			}
		}
		Set<String> written = new HashSet<>();
		List<ObjectNode> skills = new ArrayList<>();
		for (EscoConcept concept : taxonomy.concepts()) {
			if (!ids.contains(concept.uri())) {
				count(adjustments, "concepts skipped (no usable id, or no English label)");
				continue;
			}
			if (!written.add(concept.uri())) {
				count(adjustments, "concepts skipped (listed twice)");
				continue;
			}
			skills.add(skill(concept, ids, adjustments));
		}
		return new Converted(skills, adjustments);
	}

	private static ObjectNode skill(EscoConcept concept, Set<String> ids, Map<String, Integer> adjustments) {
		ObjectNode skill = NODES.objectNode();
		skill.put("id", concept.uri());
		skill.put("name", shorten(concept.name(), MAX_NAME, "names shortened", adjustments));
		List<String> aliases = new ArrayList<>();
		for (String alias : concept.aliases()) {
			if (alias.length() > MAX_ALIAS_LENGTH) {
				count(adjustments, "aliases left out (over " + MAX_ALIAS_LENGTH + " characters)");
			}
			else if (aliases.size() == MAX_ALIASES) {
				count(adjustments, "aliases left out (over " + MAX_ALIASES + " per skill)");
			}
			else {
				aliases.add(alias);
			}
		}
		if (!aliases.isEmpty()) {
			ArrayNode list = skill.putArray("aliases");
			aliases.forEach(list::add);
		}
		if (concept.description() != null) {
			skill.put("description",
					shorten(concept.description(), MAX_DESCRIPTION, "descriptions shortened", adjustments));
		}
		List<String> broader = new ArrayList<>();
		for (String parent : concept.broader()) {
			if (!ids.contains(parent)) {
				count(adjustments, "broader links dropped (outside the selection)");
			}
			else if (!parent.equals(concept.uri()) && !broader.contains(parent)) {
				broader.add(parent);
			}
		}
		if (!broader.isEmpty()) {
			ArrayNode list = skill.putArray("broader");
			broader.forEach(list::add);
		}
		if (concept.uri().length() <= 200) {
			skill.put("escoUri", concept.uri());
		}
		return skill;
	}

	private static String shorten(String text, int max, String what, Map<String, Integer> adjustments) {
		if (text.length() <= max) {
			return text;
		}
		count(adjustments, what);
		int cut = text.lastIndexOf(' ', max - 1);
		return ((cut > max / 2) ? text.substring(0, cut) : text.substring(0, max - 1)) + "\u2026";
	}

	private static void count(Map<String, Integer> adjustments, String what) {
		adjustments.merge(what, 1, Integer::sum);
	}

}
