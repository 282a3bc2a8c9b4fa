package org.boomerang.importing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.boomerang.api.Problem;
import org.boomerang.model.CareerStage;
import org.boomerang.model.InstitutionKind;
import org.boomerang.model.MentoringCapacity;
import org.boomerang.model.MentorshipOrigin;
import org.boomerang.model.ProgrammeKind;
import org.boomerang.model.SkillLevel;
import org.boomerang.model.TransferFormat;
import org.boomerang.model.Visibility;
import tools.jackson.databind.JsonNode;

/**
 * The rules of one entity of an import document (format {@code boomerang-import/1}):
 * checks the shape and the values of its fields, reporting every problem with its JSON
 * path, and turns it into a normalised row ready to be written. References are reported,
 * not resolved: whether they exist in the document or the graph is for
 * {@link DocumentSurvey} and {@link ImportService} to find out.
 */
final class DocumentValidator {

	static final String FORMAT = "boomerang-import/1";

	static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern ORCID = Pattern.compile("(https://orcid\\.org/)?\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]");

	private static final Pattern ROR = Pattern.compile("(https://ror\\.org/)?0[a-z0-9]{6}\\d{2}");

	private static final Pattern URI = Pattern.compile("https?://\\S{1,500}");

	private static final int NAME = 300;

	private static final int LONG_TEXT = 10_000;

	private static final Map<Kind, Set<String>> FIELDS = new EnumMap<>(Map.of(Kind.INSTITUTIONS,
			Set.of("id", "name", "kind", "ror", "location"), Kind.PROFESSIONS,
			Set.of("id", "name", "escoOccupation", "description"), Kind.SKILLS,
			Set.of("id", "name", "aliases", "description", "broader", "escoUri"), Kind.COMMUNITIES,
			Set.of("id", "name", "description", "focus"), Kind.PEOPLE,
			Set.of("id", "name", "careerStage", "email", "orcid", "bio", "startedPracticeYear", "professions",
					"affiliations", "communities", "skills", "wantsToLearn", "mentoringCapacity", "visibility"),
			Kind.MENTORSHIPS,
			Set.of("id", "mentor", "mentee", "skills", "startedOn", "endedOn", "origin", "program", "goals"),
			Kind.TRANSFERS, Set.of("id", "from", "to", "skill", "on", "mentorship", "format", "minutes", "outcome"),
			Kind.PROGRAMMES,
			Set.of("id", "name", "kind", "institutions", "coordinators", "mentors", "mentees", "rules")));

	private static final Set<String> RULES = Set.of("crossProfession", "crossInstitution", "maxMenteesPerMentor");

	/** The most a programme may set for its most mentees per mentor. */
	private static final int MOST_MENTEES = 20;

	/** Receives every reference an entity makes to another. */
	interface References {

		/**
		 * One reference.
		 * @param kind the kind referred to
		 * @param id the id referred to
		 * @param path where the reference stands (made when asked for)
		 */
		void refer(Kind kind, String id, Supplier<String> path);

	}

	private final List<Problem> problems;

	private final References references;

	private DocumentValidator(List<Problem> problems, References references) {
		this.problems = problems;
		this.references = references;
	}

	/**
	 * Checks one entity and turns it into a row: its fields normalised (defaults filled
	 * in, text stripped, dates parsed) in a fixed order, and its content {@code hash}.
	 * @param kind the entity's kind
	 * @param element the entity, a JSON object
	 * @param path its path, e.g. {@code $.people[3]}
	 * @param problems receives its problems
	 * @param references receives its references
	 * @return the row; its {@code id} is null when the entity has no valid id
	 */
	static Map<String, Object> entity(Kind kind, JsonNode element, String path, List<Problem> problems,
			References references) {
		DocumentValidator validator = new DocumentValidator(problems, references);
		FieldReader fields = new FieldReader(element, path, problems, FIELDS.get(kind));
		Map<String, Object> row = switch (kind) {
			case INSTITUTIONS -> validator.institution(fields);
			case PROFESSIONS -> validator.profession(fields);
			case SKILLS -> validator.skill(fields);
			case COMMUNITIES -> validator.community(fields);
			case PEOPLE -> validator.person(fields);
			case PROGRAMMES -> validator.programme(fields);
			case MENTORSHIPS -> validator.mentorship(fields);
			case TRANSFERS -> validator.transfer(fields);
		};
		row.put("hash", Hashes.of(row));
		return row;
	}

	private void refer(Kind kind, String id, Supplier<String> path) {
		if (id != null) {
			this.references.refer(kind, id, path);
		}
	}

	private Map<String, Object> institution(FieldReader f) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", f.id("id", true));
		row.put("name", f.text("name", true, NAME));
		row.put("kind", f.enumValue("kind", InstitutionKind.class, true, null));
		row.put("ror", f.matching("ror", ROR, "a ROR id such as https://ror.org/03yrm5c26"));
		row.put("location", f.text("location", false, NAME));
		return row;
	}

	private Map<String, Object> profession(FieldReader f) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", f.id("id", true));
		row.put("name", f.text("name", true, NAME));
		row.put("escoOccupation", f.matching("escoOccupation", URI, "an ESCO occupation URI"));
		row.put("description", f.text("description", false, LONG_TEXT));
		return row;
	}

	private Map<String, Object> skill(FieldReader f) {
		Map<String, Object> row = new LinkedHashMap<>();
		String id = f.id("id", true);
		row.put("id", id);
		row.put("name", f.text("name", true, NAME));
		row.put("aliases", f.texts("aliases", 100, 200));
		row.put("description", f.text("description", false, LONG_TEXT));
		List<String> parents = f.ids("broader", false);
		for (int i = 0; i < parents.size(); i++) {
			String parent = parents.get(i);
			if (parent.equals(id)) {
				f.problem(f.at("broader") + "[" + i + "]", "a skill cannot be broader than itself");
			}
			int at = i;
			refer(Kind.SKILLS, parent, () -> f.at("broader") + "[" + at + "]");
		}
		row.put("broader", parents);
		row.put("escoUri", f.matching("escoUri", URI, "an ESCO concept URI"));
		return row;
	}

	private Map<String, Object> community(FieldReader f) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", f.id("id", true));
		row.put("name", f.text("name", true, NAME));
		row.put("description", f.text("description", false, LONG_TEXT));
		List<String> focus = f.ids("focus", false);
		for (int i = 0; i < focus.size(); i++) {
			int at = i;
			refer(Kind.SKILLS, focus.get(i), () -> f.at("focus") + "[" + at + "]");
		}
		row.put("focus", focus);
		return row;
	}

	private Map<String, Object> person(FieldReader f) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", f.id("id", true));
		String name = f.text("name", true, NAME);
		row.put("name", name);
		row.put("searchName", (name != null) ? name.toLowerCase(java.util.Locale.ROOT) : null);
		row.put("careerStage", f.enumValue("careerStage", CareerStage.class, true, null));
		row.put("email", f.matching("email", EMAIL, "an e-mail address"));
		row.put("orcid", f.matching("orcid", ORCID, "an ORCID iD such as 0000-0002-1825-0097"));
		row.put("bio", f.text("bio", false, LONG_TEXT));
		row.put("startedPracticeYear", f.integer("startedPracticeYear", false, 1940, Year.now().getValue()));
		List<String> professions = f.ids("professions", false);
		for (int i = 0; i < professions.size(); i++) {
			int at = i;
			refer(Kind.PROFESSIONS, professions.get(i), () -> f.at("professions") + "[" + at + "]");
		}
		row.put("professions", professions);
		row.put("affiliations", intervals(f, "affiliations", "institution", Kind.INSTITUTIONS, true));
		row.put("communities", intervals(f, "communities", "community", Kind.COMMUNITIES, false));
		List<Map<String, Object>> skills = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		f.objects("skills", Set.of("skill", "level", "canTeach"), (s, i) -> {
			String skill = s.id("skill", true);
			refer(Kind.SKILLS, skill, () -> s.at("skill"));
			Integer level = s.integer("level", true, SkillLevel.LOWEST, SkillLevel.HIGHEST);
			Boolean canTeach = s.bool("canTeach", false);
			if (skill != null && !seen.add(skill)) {
				s.problem(s.at("skill"), "'" + skill + "' is listed twice in this person's skills");
			}
			skills.add(mapOf("skill", skill, "level", level, "canTeach", canTeach));
		});
		row.put("skills", skills);
		List<Map<String, Object>> wants = new ArrayList<>();
		Set<String> wanted = new HashSet<>();
		f.objects("wantsToLearn", Set.of("skill", "priority"), (w, i) -> {
			String skill = w.id("skill", true);
			refer(Kind.SKILLS, skill, () -> w.at("skill"));
			Integer priority = w.integer("priority", false, 1, 3);
			if (skill != null && !wanted.add(skill)) {
				w.problem(w.at("skill"), "'" + skill + "' is listed twice in wantsToLearn");
			}
			wants.add(mapOf("skill", skill, "priority", priority));
		});
		row.put("wantsToLearn", wants);
		Integer capacity = f.integer("mentoringCapacity", false, 0, MentoringCapacity.HIGHEST);
		row.put("mentoringCapacity", (capacity != null) ? capacity : MentoringCapacity.DEFAULT);
		row.put("visibility", f.enumValue("visibility", Visibility.class, false, Visibility.NETWORK));
		return row;
	}

	private List<Map<String, Object>> intervals(FieldReader f, String field, String target, Kind kind,
			boolean withRole) {
		List<Map<String, Object>> list = new ArrayList<>();
		Set<String> allowed = withRole ? Set.of(target, "role", "from", "to") : Set.of(target, "from", "to");
		f.objects(field, allowed, (a, i) -> {
			String id = a.id(target, true);
			refer(kind, id, () -> a.at(target));
			LocalDate from = a.date("from", false);
			LocalDate to = a.date("to", false);
			if (from != null && to != null && to.isBefore(from)) {
				a.problem(a.at("to"), "ends (" + to + ") before it starts (" + from + ")");
			}
			Map<String, Object> entry = mapOf(target, id, "from", from, "to", to);
			if (withRole) {
				entry.put("role", a.text("role", false, NAME));
			}
			list.add(entry);
		});
		return list;
	}

	private Map<String, Object> programme(FieldReader f) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", f.id("id", true));
		row.put("name", f.text("name", true, NAME));
		row.put("kind", f.enumValue("kind", ProgrammeKind.class, true, null));
		row.put("institutions", referred(f, "institutions", true, Kind.INSTITUTIONS));
		row.put("coordinators", referred(f, "coordinators", true, Kind.PEOPLE));
		row.put("mentors", referred(f, "mentors", false, Kind.PEOPLE));
		row.put("mentees", referred(f, "mentees", false, Kind.PEOPLE));
		JsonNode rules = f.node("rules");
		FieldReader r = null;
		if (rules != null && !rules.isObject()) {
			f.problem(f.at("rules"), "must be an object with " + String.join(", ", new java.util.TreeSet<>(RULES)));
		}
		else if (rules != null) {
			r = new FieldReader(rules, f.at("rules"), this.problems, RULES);
		}
		row.put("crossProfession", (r != null) ? r.bool("crossProfession", false) : false);
		row.put("crossInstitution", (r != null) ? r.bool("crossInstitution", false) : false);
		Integer most = (r != null) ? r.integer("maxMenteesPerMentor", false, 1, MOST_MENTEES) : null;
		row.put("maxMenteesPerMentor", (most != null) ? most : 1);
		return row;
	}

	private List<String> referred(FieldReader f, String field, boolean required, Kind kind) {
		List<String> ids = f.ids(field, required);
		if (required && ids.isEmpty() && f.node(field) != null) {
			f.problem(f.at(field), "name at least one");
		}
		for (int i = 0; i < ids.size(); i++) {
			int at = i;
			refer(kind, ids.get(i), () -> f.at(field) + "[" + at + "]");
		}
		return ids;
	}

	private Map<String, Object> mentorship(FieldReader f) {
		Map<String, Object> row = new LinkedHashMap<>();
		String id = f.id("id", true);
		row.put("id", id);
		String mentor = f.id("mentor", true);
		String mentee = f.id("mentee", true);
		refer(Kind.PEOPLE, mentor, () -> f.at("mentor"));
		refer(Kind.PEOPLE, mentee, () -> f.at("mentee"));
		if (mentor != null && mentor.equals(mentee)) {
			f.problem(f.at("mentee"), "mentor and mentee are the same person ('" + mentor + "')");
		}
		row.put("mentor", mentor);
		row.put("mentee", mentee);
		List<String> skills = f.ids("skills", true);
		for (int i = 0; i < skills.size(); i++) {
			int at = i;
			refer(Kind.SKILLS, skills.get(i), () -> f.at("skills") + "[" + at + "]");
		}
		row.put("skills", skills);
		LocalDate startedOn = f.date("startedOn", true);
		LocalDate endedOn = f.date("endedOn", false);
		if (startedOn != null && endedOn != null && endedOn.isBefore(startedOn)) {
			f.problem(f.at("endedOn"), "ends (" + endedOn + ") before it starts (" + startedOn + ")");
		}
		row.put("startedOn", startedOn);
		row.put("endedOn", endedOn);
		row.put("origin", f.enumValue("origin", MentorshipOrigin.class, false, MentorshipOrigin.SELF_IDENTIFIED));
		row.put("program", f.text("program", false, NAME));
		row.put("goals", f.text("goals", false, LONG_TEXT));
		return row;
	}

	private Map<String, Object> transfer(FieldReader f) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", f.id("id", true));
		String from = f.id("from", true);
		String to = f.id("to", true);
		refer(Kind.PEOPLE, from, () -> f.at("from"));
		refer(Kind.PEOPLE, to, () -> f.at("to"));
		if (from != null && from.equals(to)) {
			f.problem(f.at("to"), "the one who taught and the one who learned are the same person ('" + from + "')");
		}
		row.put("from", from);
		row.put("to", to);
		String skill = f.id("skill", true);
		refer(Kind.SKILLS, skill, () -> f.at("skill"));
		row.put("skill", skill);
		Object on = f.dateOrInstant("on", true);
		LocalDate day = (on instanceof OffsetDateTime instant) ? instant.toLocalDate() : (LocalDate) on;
		if (day != null && day.isAfter(LocalDate.now().plusDays(1))) {
			f.problem(f.at("on"), day + " is in the future; a transfer records teaching that has happened");
		}
		row.put("on", day);
		row.put("at", (on instanceof OffsetDateTime instant) ? instant : null);
		String mentorship = f.id("mentorship", false);
		refer(Kind.MENTORSHIPS, mentorship, () -> f.at("mentorship"));
		row.put("mentorship", mentorship);
		Object format = f.enumValue("format", TransferFormat.class, false, TransferFormat.ONE_TO_ONE);
		if (mentorship != null && TransferFormat.CONSULT.name().equals(format)) {
			f.problem(f.at("format"), "a CONSULT is a one-off question outside any mentorship, but this transfer names"
					+ " mentorship '" + mentorship + "'; drop the mentorship or choose another format");
		}
		row.put("format", format);
		row.put("minutes", f.integer("minutes", false, 1, 24 * 60));
		Integer rating = null;
		Boolean confirmed = null;
		String notes = null;
		JsonNode outcome = f.node("outcome");
		if (outcome != null) {
			if (!outcome.isObject()) {
				f.problem(f.at("outcome"), "must be an object with rating, learnerConfirmed, notes");
			}
			else {
				FieldReader o = new FieldReader(outcome, f.at("outcome"), this.problems,
						Set.of("rating", "learnerConfirmed", "notes"));
				rating = o.integer("rating", false, 1, 5);
				confirmed = o.bool("learnerConfirmed", null);
				notes = o.text("notes", false, LONG_TEXT);
			}
		}
		row.put("rating", rating);
		row.put("learnerConfirmed", confirmed);
		row.put("notes", notes);
		return row;
	}

	private static Map<String, Object> mapOf(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

}
