package org.boomerang.importing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Selects the part of ESCO that matters to health-professions education; the rules are
 * written down in {@code docs/esco-subset.md}. A concept is kept when it is
 * <ul>
 * <li>a transversal skill (ESCO reuse level {@code transversal}: communication, teamwork,
 * thinking, digital competences, attitudes), except the language skills under ESCO's
 * group "language" (one per language and mode: "write Finnish"; they would swamp the
 * search with ~350 concepts);</li>
 * <li>a skill whose preferred label names health care, a health profession, teaching and
 * learning, research, digital tools or leadership ({@link #TOPICS}), unless its label,
 * alternative labels or description belong to an unrelated trade
 * ({@link #UNRELATED});</li>
 * <li>a skill group in the branches education (ISCED-F 01), ICT (06), health and welfare
 * (09), teaching and training (S1.3), conducting studies (S2.1), counselling (S3.1),
 * health care (S3.2), working with computers (S5), or the transversal groups;</li>
 * <li>a concept broader than a kept one, so that kept skills keep their place in the
 * taxonomy.</li>
 * </ul>
 * Broader links to concepts that are not kept are dropped when the selection is imported.
 */
public final class EscoFilter {

	/** Words in a skill's preferred label that put it in the subset. */
	static final Pattern TOPICS = Pattern.compile("\\b(health\\w*|medic\\w*|clinic\\w*|patients?\\b|nurs\\w*"
			+ "|physiotherap\\w*|pharmac\\w*|drugs?\\b|medication\\w*|dental|dentist\\w*|denti\\w*|speech|swallow\\w*"
			+ "|dysphagia|occupational therap\\w*|rehabilitat\\w*|therap\\w*|diagnos\\w*|disease\\w*|illness\\w*"
			+ "|injur\\w*|anatom\\w*|physiolog\\w*|patholog\\w*|surg\\w*|hospital\\w*|care plan\\w*|epidemiolog\\w*"
			+ "|infection\\w*|hygiene|first aid|resuscitat\\w*|mental|psychiatr\\w*|paediatr\\w*|pediatr\\w*"
			+ "|geriatr\\w*|midwi\\w*|obstetric\\w*|wounds?\\b|vital signs|biomedical|pain\\b|disabilit\\w*"
			+ "|teach\\w*|pedagog\\w*|curricul\\w*|learners?\\b|students?\\b|tutor\\w*|lectur\\w*|mentor\\w*"
			+ "|coach\\w*|e-learning|instruct\\w*|educat\\w*|assessment|train staff|train employees|research\\w*"
			+ "|scientific|statistic\\w*|grants?\\b|publication\\w*|academic|ethics|literature|data analys\\w*"
			+ "|evidence-based|digital|ict\\b|online|software|databases?\\b|data protection|privacy|e-health"
			+ "|telehealth|telemedicine|social media|podcast\\w*|video|multimedia|spreadsheets?\\b|presentations?\\b"
			+ "|leadership|lead\\w*|communicat\\w*|team\\w*|empath\\w*|counsel\\w*|feedback|change management"
			+ "|cyber\\w*|artificial intelligence|bioethic\\w*|informatics)", Pattern.CASE_INSENSITIVE);

	/** Words that mark a skill of an unrelated trade even when a topic word matched. */
	static final Pattern UNRELATED = Pattern.compile("\\b(animals?|veterinar\\w*|livestock|horses?|dogs?|cattle"
			+ "|pigs?|fish\\w*|crops?|vehicles?|aircraft|ships?|vessels?|wines?|beer|mining|oil|gas|railways?"
			+ "|music\\w*|danc\\w*|theatre|sports?|casino|gambling|jewel\\w*|textiles?|leather|weapons?|military"
			+ "|police|prisons?|correctional|tobacco|furniture|cosmetic\\w*|hair\\w*|beauty)\\b",
			Pattern.CASE_INSENSITIVE);

	/** Skill-group codes (the end of the group's URI) whose branches are kept. */
	static final List<String> GROUP_BRANCHES = List.of("isced-f/01", "isced-f/06", "isced-f/09", "skill/S1.3",
			"skill/S2.1", "skill/S3.1", "skill/S3.2", "skill/S5", "skill/A");

	/** ESCO's group of language skills, left out with everything under it. */
	static final String LANGUAGE_GROUP = "http://data.europa.eu/esco/skill/58095196-d766-4a5c-b16c-d941489f8e66";

	private static final Pattern TRANSVERSAL_GROUP = Pattern
		.compile(".*/skill/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private EscoFilter() {
	}

	/**
	 * Selects the health-professions-education subset.
	 * @param full ESCO as read from the export
	 * @return the kept concepts, in the export's order, with their broader links as read
	 */
	public static EscoTaxonomy healthProfessionsEducation(EscoTaxonomy full) {
		Map<String, EscoConcept> byUri = new HashMap<>();
		full.concepts().forEach((c) -> byUri.putIfAbsent(c.uri(), c));
		Set<String> languages = descendants(LANGUAGE_GROUP, full);
		Set<String> kept = new HashSet<>();
		for (EscoConcept concept : full.concepts()) {
			if (!languages.contains(concept.uri()) && selected(concept)) {
				kept.add(concept.uri());
			}
		}
		Deque<String> todo = new ArrayDeque<>(kept);
		while (!todo.isEmpty()) {
			EscoConcept concept = byUri.get(todo.pop());
			for (String parent : (concept != null) ? concept.broader() : List.<String>of()) {
				if (byUri.containsKey(parent) && kept.add(parent)) {
					todo.push(parent);
				}
			}
		}
		return new EscoTaxonomy(full.concepts().stream().filter((c) -> kept.contains(c.uri())).toList());
	}

	private static Set<String> descendants(String root, EscoTaxonomy taxonomy) {
		Map<String, List<String>> children = new HashMap<>();
		for (EscoConcept concept : taxonomy.concepts()) {
			for (String parent : concept.broader()) {
				children.computeIfAbsent(parent, (k) -> new java.util.ArrayList<>()).add(concept.uri());
			}
		}
		Set<String> found = new HashSet<>();
		Deque<String> todo = new ArrayDeque<>(List.of(root));
		while (!todo.isEmpty()) {
			for (String child : children.getOrDefault(todo.pop(), List.of())) {
				if (found.add(child)) {
					todo.push(child);
				}
			}
		}
		return found;
	}

	static boolean selected(EscoConcept concept) {
		if (concept.group()) {
			return TRANSVERSAL_GROUP.matcher(concept.uri()).matches()
					|| GROUP_BRANCHES.stream().anyMatch((branch) -> concept.uri().contains("/" + branch));
		}
		if ("transversal".equals(concept.reuseLevel())) {
			return true;
		}
		if (!TOPICS.matcher(concept.name()).find()) {
			return false;
		}
		String text = concept.name() + " " + String.join(" ", concept.aliases()) + " "
				+ ((concept.description() != null) ? concept.description() : "");
		return !UNRELATED.matcher(text).find();
	}

}
