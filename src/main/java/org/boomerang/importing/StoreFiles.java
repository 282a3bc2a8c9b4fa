package org.boomerang.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.boomerang.model.CareerStage;
import tools.jackson.databind.JsonNode;

/**
 * The second reading of a checked document for a new store: writes each entity as rows of
 * the CSV files that Neo4j's bulk importer reads (a node file per label, a relationship
 * file per type and end labels), with the properties and links that the import's
 * {@code create-*} and {@code upsert-*} statements would give it in a store that holds
 * nothing else (see {@code queries/importing/}). What those statements read from the
 * graph is taken from the document instead: the people's career stages (a transfer's and
 * a mentorship's direction) and their professions, affiliations and memberships on a
 * transfer's day (its context), so the document is read in writing order, people before
 * mentorships and transfers. Arrays are written without empty ones (the bulk importer
 * cannot store an empty array; every reader treats a missing list as empty).
 */
final class StoreFiles implements DocumentStream.Visitor {

	/** Separates the elements of an array field: a control character no text holds. */
	static final char ARRAY_DELIMITER = '\u001F';

	private static final String STAMPS = "contentHash,updatedAt:datetime,updatedBy";

	private final Path directory;

	private final String now;

	private final String updatedBy;

	private final DocumentSurvey survey;

	private final ImportProgress progress;

	private final Map<String, File> files = new LinkedHashMap<>();

	private final Map<String, Person> people = new HashMap<>();

	private final Map<Kind, Integer> written = new EnumMap<>(Kind.class);

	private final List<String> targets = new ArrayList<>();

	private long entities;

	private boolean incomplete;

	/**
	 * Whether a text holds a line break (the bulk importer then reads fields over lines).
	 */
	private boolean multiline;

	/**
	 * @param directory where the files go (an empty directory)
	 * @param now the time of the import (createdAt and updatedAt)
	 * @param updatedBy the subject the import writes for
	 * @param survey the first reading of the document, for a second reading; null when
	 * the rows come with the first ({@link #tryRow})
	 * @param progress hears how many entities a second reading wrote
	 */
	StoreFiles(Path directory, ZonedDateTime now, String updatedBy, DocumentSurvey survey, ImportProgress progress) {
		this.directory = directory;
		this.now = now.toString();
		this.updatedBy = updatedBy;
		this.survey = survey;
		this.progress = progress;
	}

	/**
	 * Writes an entity of a second reading, once the first has checked the document.
	 */
	@Override
	public void entity(Kind kind, int index, JsonNode element, long offset) {
		row(kind, this.survey.rowAgain(kind, index, element));
		if ((this.entities & 1023) == 0) {
			this.progress.writing(this.entities, this.survey.total());
		}
	}

	/**
	 * Writes an entity as the first reading checks it ({@link DocumentSurvey#onRow}), so
	 * that a document in writing order is read once. Stops, and says so, at the first
	 * entity that needs what it has not seen yet (a mentorship or a transfer before its
	 * people) or cannot be written this way (a programme): the files are then written
	 * again by a second reading.
	 * @return whether the files still hold every row given so far
	 */
	boolean tryRow(Kind kind, Map<String, Object> row) {
		if (this.incomplete) {
			return false;
		}
		if (kind == Kind.PROGRAMMES
				|| ((kind == Kind.MENTORSHIPS || kind == Kind.TRANSFERS) && !(knows(row.get("mentor"))
						&& knows(row.get("mentee")) && knows(row.get("from")) && knows(row.get("to"))))) {
			this.incomplete = true;
			return false;
		}
		row(kind, row);
		return true;
	}

	/** Whether a person named by a row (or no one) was written already. */
	private boolean knows(Object person) {
		return person == null || this.people.containsKey(person);
	}

	/** Whether a row could not be written in the first reading. */
	boolean incomplete() {
		return this.incomplete;
	}

	private void row(Kind kind, Map<String, Object> row) {
		switch (kind) {
			case INSTITUTIONS -> institution(row);
			case PROFESSIONS -> profession(row);
			case SKILLS -> skill(row);
			case COMMUNITIES -> community(row);
			case PEOPLE -> person(row);
			case MENTORSHIPS -> mentorship(row);
			case TRANSFERS -> transfer(row);
			case PROGRAMMES -> throw new IllegalStateException("programmes are not written into a new store in bulk");
		}
		this.written.merge(kind, 1, Integer::sum);
		if (this.targets.size() < ImportRepository.MAX_AUDIT_TARGETS) {
			this.targets.add((String) row.get("id"));
		}
		this.entities++;
	}

	private void institution(Map<String, Object> row) {
		node("Institution", "name,kind,ror,location", row, row.get("name"), row.get("kind"), row.get("ror"),
				row.get("location"));
	}

	private void profession(Map<String, Object> row) {
		node("Profession", "name,escoOccupation,description", row, row.get("name"), row.get("escoOccupation"),
				row.get("description"));
	}

	@SuppressWarnings("unchecked")
	private void skill(Map<String, Object> row) {
		node("Skill", "name,aliases:string[],description,escoUri", row, row.get("name"), row.get("aliases"),
				row.get("description"), row.get("escoUri"));
		for (String broader : (List<String>) row.get("broader")) {
			link("BROADER", "Skill", "Skill", "", row.get("id"), broader);
		}
	}

	@SuppressWarnings("unchecked")
	private void community(Map<String, Object> row) {
		node("Community", "name,description", row, row.get("name"), row.get("description"));
		for (String skill : (List<String>) row.get("focus")) {
			link("FOCUSES_ON", "Community", "Skill", "", row.get("id"), skill);
		}
	}

	@SuppressWarnings("unchecked")
	private void person(Map<String, Object> row) {
		Object id = row.get("id");
		node("Person",
				"name,searchName,careerStage,email,orcid,bio,startedPracticeYear:long,mentoringCapacity:long,visibility",
				row, row.get("name"), row.get("searchName"), row.get("careerStage"), row.get("email"), row.get("orcid"),
				row.get("bio"), row.get("startedPracticeYear"), row.get("mentoringCapacity"), row.get("visibility"));
		Person person = new Person((String) row.get("careerStage"), new ArrayList<>(), new ArrayList<>());
		for (String profession : (List<String>) row.get("professions")) {
			link("PRACTISES", "Person", "Profession", "", id, profession);
			person.professions().add(profession);
		}
		for (Map<String, Object> a : (List<Map<String, Object>>) row.get("affiliations")) {
			link("AFFILIATED_WITH", "Person", "Institution", ",role,from:date,to:date", id, a.get("institution"),
					a.get("role"), a.get("from"), a.get("to"));
			person.places()
				.add(new Place(false, (String) a.get("institution"), (LocalDate) a.get("from"),
						(LocalDate) a.get("to")));
		}
		for (Map<String, Object> c : (List<Map<String, Object>>) row.get("communities")) {
			link("MEMBER_OF", "Person", "Community", ",from:date,to:date", id, c.get("community"), c.get("from"),
					c.get("to"));
			person.places()
				.add(new Place(true, (String) c.get("community"), (LocalDate) c.get("from"), (LocalDate) c.get("to")));
		}
		for (Map<String, Object> s : (List<Map<String, Object>>) row.get("skills")) {
			link("HAS_SKILL", "Person", "Skill", ",level:long,canTeach:boolean,updatedAt:datetime", id, s.get("skill"),
					s.get("level"), s.get("canTeach"), this.now);
		}
		for (Map<String, Object> w : (List<Map<String, Object>>) row.get("wantsToLearn")) {
			link("WANTS_TO_LEARN", "Person", "Skill", ",priority:long", id, w.get("skill"), w.get("priority"));
		}
		this.people.put((String) id, person);
	}

	@SuppressWarnings("unchecked")
	private void mentorship(Map<String, Object> row) {
		Object id = row.get("id");
		String mentorStage = this.people.get((String) row.get("mentor")).careerStage();
		String menteeStage = this.people.get((String) row.get("mentee")).careerStage();
		node("Mentorship", "startedOn:date,endedOn:date,origin,program,goals,mentorStage,menteeStage,direction", row,
				row.get("startedOn"), row.get("endedOn"), row.get("origin"), row.get("program"), row.get("goals"),
				mentorStage, menteeStage, direction(mentorStage, menteeStage));
		link("MENTOR", "Mentorship", "Person", "", id, row.get("mentor"));
		link("MENTEE", "Mentorship", "Person", "", id, row.get("mentee"));
		for (String skill : (List<String>) row.get("skills")) {
			link("ABOUT", "Mentorship", "Skill", "", id, skill);
		}
	}

	private void transfer(Map<String, Object> row) {
		Object id = row.get("id");
		LocalDate on = (LocalDate) row.get("on");
		Person teacher = this.people.get((String) row.get("from"));
		Person learner = this.people.get((String) row.get("to"));
		Context from = teacher.on(on);
		Context to = learner.on(on);
		node("Transfer",
				"on:date,at:datetime,format,minutes:long,rating:long,learnerConfirmed:boolean,notes,fromStage,toStage,"
						+ "direction,fromCommunities:string[],fromInstitutions:string[],fromProfessions:string[],"
						+ "toCommunities:string[],toInstitutions:string[],toProfessions:string[]",
				row, on, row.get("at"), row.get("format"), row.get("minutes"), row.get("rating"),
				row.get("learnerConfirmed"), row.get("notes"), teacher.careerStage(), learner.careerStage(),
				direction(teacher.careerStage(), learner.careerStage()), List.copyOf(from.communities()),
				List.copyOf(from.institutions()), List.copyOf(from.professions()), List.copyOf(to.communities()),
				List.copyOf(to.institutions()), List.copyOf(to.professions()));
		link("FROM", "Transfer", "Person", "", id, row.get("from"));
		link("TO", "Transfer", "Person", "", id, row.get("to"));
		link("ABOUT", "Transfer", "Skill", "", id, row.get("skill"));
		if (row.get("mentorship") != null) {
			link("IN", "Transfer", "Mentorship", "", id, row.get("mentorship"));
		}
	}

	/** As the statements' {@code CASE} over {@code $ranks}. */
	private static String direction(String teacher, String learner) {
		int from = ((Number) CareerStage.ranks().get(teacher)).intValue();
		int to = ((Number) CareerStage.ranks().get(learner)).intValue();
		return (from < to) ? "REVERSE" : (from == to) ? "PEER" : "TRADITIONAL";
	}

	/**
	 * One node: its id, createdAt, the given properties, then the content hash and the
	 * update stamps.
	 */
	private void node(String label, String columns, Map<String, Object> row, Object... values) {
		File file = this.files.get(label);
		if (file == null) {
			file = open(label, "nodes", label, "id:ID(" + label + "),createdAt:datetime," + columns + "," + STAMPS);
		}
		Object[] all = new Object[values.length + 5];
		all[0] = row.get("id");
		all[1] = this.now;
		System.arraycopy(values, 0, all, 2, values.length);
		all[values.length + 2] = row.get("hash");
		all[values.length + 3] = this.now;
		all[values.length + 4] = this.updatedBy;
		this.multiline |= file.row(all);
	}

	private void link(String type, String from, String to, String columns, Object... values) {
		String key = type + "-" + from + "-" + to;
		File file = this.files.get(key);
		if (file == null) {
			file = open(key, "relationships", type, ":START_ID(" + from + "),:END_ID(" + to + ")" + columns);
		}
		this.multiline |= file.row(values);
	}

	private File open(String key, String group, String name, String header) {
		try {
			Path path = this.directory.resolve(key + ".csv");
			BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
			out.write(header);
			out.write('\n');
			File file = new File(group, name, path, out);
			this.files.put(key, file);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Closes the files.
	 * @return the bulk importer's arguments that name them ({@code --nodes=Label=file},
	 * {@code --relationships=TYPE=file})
	 */
	List<String> finish() {
		this.people.clear();
		List<String> arguments = new ArrayList<>();
		for (File file : this.files.values()) {
			try {
				file.out().close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			arguments.add("--" + file.group() + "=" + file.name() + "=" + file.path());
		}
		// Reading fields over several lines keeps the importer from splitting a file
		// between its threads: only when a text needs it.
		arguments.add("--multiline-fields=" + this.multiline);
		if (this.survey != null) {
			this.progress.writing(this.entities, this.survey.total());
		}
		return arguments;
	}

	/**
	 * How many entities of each kind were written (all created), as an import counts
	 * them.
	 */
	Map<String, ImportResult.Counts> counts() {
		Map<String, ImportResult.Counts> counts = new LinkedHashMap<>();
		this.written.forEach((kind, n) -> counts.put(kind.key(), new ImportResult.Counts(n, 0, 0)));
		return counts;
	}

	/** The first ids written, for the audit entry. */
	List<String> targets() {
		return this.targets;
	}

	/**
	 * A value as a CSV field: empty for null and for an empty list, text quoted.
	 * @return whether it holds a line break
	 */
	static boolean field(StringBuilder line, Object value) {
		if (value == null) {
			return false;
		}
		if (value instanceof List<?> list) {
			if (list.isEmpty()) {
				return false;
			}
			StringBuilder joined = new StringBuilder();
			for (Object element : list) {
				String text = String.valueOf(element);
				if (text.indexOf(ARRAY_DELIMITER) >= 0) {
					// Would split into two elements: the document is written the usual
					// way.
					throw new IllegalStateException("a list element holds U+001F, the bulk importer's array delimiter");
				}
				if (!joined.isEmpty()) {
					joined.append(ARRAY_DELIMITER);
				}
				joined.append(text);
			}
			return quoted(line, joined);
		}
		if (value instanceof Number || value instanceof Boolean || value instanceof TemporalAccessor) {
			line.append(value);
			return false;
		}
		return quoted(line, value.toString());
	}

	private static boolean quoted(StringBuilder line, CharSequence text) {
		boolean breaks = false;
		line.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				line.append('"');
			}
			line.append(c);
			breaks |= c == '\n' || c == '\r';
		}
		line.append('"');
		return breaks;
	}

	private record File(String group, String name, Path path, BufferedWriter out) {

		/**
		 * @return whether a field holds a line break
		 */
		boolean row(Object... values) {
			StringBuilder line = new StringBuilder(128);
			boolean breaks = false;
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					line.append(',');
				}
				breaks |= field(line, values[i]);
			}
			line.append('\n');
			try {
				this.out.append(line);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return breaks;
		}

	}

	/**
	 * A place a person belongs to for a while.
	 *
	 * @param community a community (a membership) or an institution (an affiliation)
	 * @param id its id
	 * @param from from when, or null
	 * @param to until when, or null
	 */
	private record Place(boolean community, String id, LocalDate from, LocalDate to) {

		boolean holds(LocalDate day) {
			return (this.from == null || !this.from.isAfter(day)) && (this.to == null || !this.to.isBefore(day));
		}

	}

	/** What a transfer needs of a person of the document. */
	private record Person(String careerStage, List<String> professions, List<Place> places) {

		/**
		 * Where they stood on a day, as {@code create-transfers} reads it from the graph.
		 */
		Context on(LocalDate day) {
			Context context = new Context(new LinkedHashSet<>(), new LinkedHashSet<>(),
					new LinkedHashSet<>(this.professions));
			for (Place place : this.places) {
				if (place.holds(day)) {
					(place.community() ? context.communities() : context.institutions()).add(place.id());
				}
			}
			return context;
		}

	}

	private record Context(Set<String> communities, Set<String> institutions, Set<String> professions) {
	}

}
