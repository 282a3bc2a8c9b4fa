package org.boomerang.importing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.boomerang.api.Problem;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of one JSON object of an import document, reporting every problem with
 * its JSON path instead of stopping at the first. Unknown fields are problems too: a typo
 * must not silently drop data.
 */
final class FieldReader {

	static final Pattern ID = Pattern.compile("[A-Za-z0-9._:/#-]{1,200}");

	private final JsonNode node;

	/**
	 * Where the object stands, made when a problem needs it: most objects have none, and
	 * building the path of every element of every list took a third of the reading.
	 */
	private final Supplier<String> where;

	private String path;

	private final List<Problem> problems;

	FieldReader(JsonNode node, String path, List<Problem> problems, Set<String> allowed) {
		this(node, () -> path, problems, allowed);
	}

	FieldReader(JsonNode node, Supplier<String> path, List<Problem> problems, Set<String> allowed) {
		this.node = node;
		this.where = path;
		this.problems = problems;
		Iterator<String> names = node.propertyNames().iterator();
		while (names.hasNext()) {
			String name = names.next();
			if (!allowed.contains(name)) {
				problem(at(name), "unknown field '" + name + "'; allowed here: "
						+ String.join(", ", new java.util.TreeSet<>(allowed)));
			}
		}
	}

	String path() {
		if (this.path == null) {
			this.path = this.where.get();
		}
		return this.path;
	}

	String at(String field) {
		return path() + "." + field;
	}

	void problem(String at, String message) {
		this.problems.add(new Problem(at, message));
	}

	JsonNode node(String field) {
		return value(field);
	}

	private JsonNode value(String field) {
		JsonNode value = this.node.get(field);
		return (value == null || value.isNull()) ? null : value;
	}

	private boolean missing(String field, boolean required) {
		if (value(field) == null) {
			if (required) {
				problem(at(field), "required field '" + field + "' is missing");
			}
			return true;
		}
		return false;
	}

	String id(String field, boolean required) {
		if (missing(field, required)) {
			return null;
		}
		return checkId(value(field), () -> at(field));
	}

	/**
	 * Whether a text is a valid id ({@link #ID}), without a regular expression: every
	 * entity and reference of a document is checked, and the matcher took a tenth of the
	 * first reading.
	 */
	static boolean isId(String id) {
		int length = id.length();
		if (length < 1 || length > 200) {
			return false;
		}
		for (int i = 0; i < length; i++) {
			char c = id.charAt(i);
			boolean valid = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
					|| c == '_' || c == ':' || c == '/' || c == '#' || c == '-';
			if (!valid) {
				return false;
			}
		}
		return true;
	}

	String checkId(JsonNode value, Supplier<String> at) {
		if (!value.isString()) {
			problem(at.get(), "must be a string id, not " + describe(value));
			return null;
		}
		String id = value.asString();
		if (!isId(id)) {
			problem(at.get(),
					"'" + shorten(id) + "' is not a valid id: use 1-200 characters of letters, digits and ._:/#-");
			return null;
		}
		return id;
	}

	String text(String field, boolean required, int maxLength) {
		if (missing(field, required)) {
			return null;
		}
		JsonNode value = value(field);
		if (!value.isString()) {
			problem(at(field), "must be a string, not " + describe(value));
			return null;
		}
		String text = value.asString().strip();
		if (text.isEmpty()) {
			if (required) {
				problem(at(field), "must not be empty");
			}
			return null;
		}
		if (text.length() > maxLength) {
			problem(at(field), "is " + text.length() + " characters long; at most " + maxLength + " are allowed");
			return null;
		}
		return text;
	}

	String matching(String field, Pattern pattern, String expected) {
		String text = text(field, false, 200);
		if (text != null && !pattern.matcher(text).matches()) {
			problem(at(field), "'" + shorten(text) + "' is not " + expected);
			return null;
		}
		return text;
	}

	<E extends Enum<E>> String enumValue(String field, Class<E> type, boolean required, E fallback) {
		if (missing(field, required)) {
			return (fallback != null) ? fallback.name() : null;
		}
		JsonNode value = value(field);
		List<String> allowed = new ArrayList<>();
		for (E constant : type.getEnumConstants()) {
			allowed.add(constant.name());
		}
		if (!value.isString() || !allowed.contains(value.asString())) {
			problem(at(field), (value.isString() ? "'" + shorten(value.asString()) + "'" : describe(value))
					+ " is not one of " + String.join(", ", allowed));
			return null;
		}
		return value.asString();
	}

	Integer integer(String field, boolean required, int min, int max) {
		if (missing(field, required)) {
			return null;
		}
		JsonNode value = value(field);
		if (!value.isIntegralNumber() || !value.canConvertToInt()) {
			problem(at(field), "must be a whole number from " + min + " to " + max + ", not " + describe(value));
			return null;
		}
		int number = value.asInt();
		if (number < min || number > max) {
			problem(at(field), number + " is out of range: must be from " + min + " to " + max);
			return null;
		}
		return number;
	}

	Boolean bool(String field, Boolean fallback) {
		if (missing(field, false)) {
			return fallback;
		}
		JsonNode value = value(field);
		if (!value.isBoolean()) {
			problem(at(field), "must be true or false, not " + describe(value));
			return null;
		}
		return value.asBoolean();
	}

	LocalDate date(String field, boolean required) {
		if (missing(field, required)) {
			return null;
		}
		JsonNode value = value(field);
		if (value.isString()) {
			try {
				return LocalDate.parse(value.asString());
			}
			catch (DateTimeParseException ex) {
				// reported below
			}
		}
		problem(at(field), describe(value) + " is not an ISO-8601 date such as 2026-03-08");
		return null;
	}

	/**
	 * A date, or an instant with its zone; instants keep their local date for day-based
	 * queries.
	 */
	Object dateOrInstant(String field, boolean required) {
		if (missing(field, required)) {
			return null;
		}
		JsonNode value = value(field);
		if (value.isString()) {
			String text = value.asString();
			try {
				return (text.length() <= 10) ? LocalDate.parse(text) : OffsetDateTime.parse(text);
			}
			catch (DateTimeParseException ex) {
				// reported below
			}
		}
		problem(at(field),
				describe(value) + " is not an ISO-8601 date (2026-03-08) or instant with zone (2026-03-08T10:00:00Z)");
		return null;
	}

	List<String> ids(String field, boolean required) {
		List<String> ids = new ArrayList<>();
		array(field, required, (element, index, at) -> {
			String id = checkId(element, at);
			if (id != null && !ids.contains(id)) {
				ids.add(id);
			}
			else if (id != null) {
				problem(at.get(), "'" + id + "' is listed twice");
			}
		});
		if (required && ids.isEmpty() && value(field) != null && value(field).isArray()) {
			problem(at(field), "must name at least one");
		}
		return ids;
	}

	List<String> texts(String field, int maxItems, int maxLength) {
		Set<String> texts = new LinkedHashSet<>();
		array(field, false, (element, index, at) -> {
			if (!element.isString() || element.asString().isBlank()) {
				problem(at.get(), "must be a non-empty string, not " + describe(element));
			}
			else if (element.asString().strip().length() > maxLength) {
				problem(at.get(), "is longer than " + maxLength + " characters");
			}
			else {
				texts.add(element.asString().strip());
			}
		});
		if (texts.size() > maxItems) {
			problem(at(field), "has " + texts.size() + " entries; at most " + maxItems + " are allowed");
		}
		return new ArrayList<>(texts);
	}

	void objects(String field, Set<String> allowed, BiConsumer<FieldReader, Integer> each) {
		array(field, false, (element, index, at) -> {
			if (!element.isObject()) {
				problem(at.get(), "must be an object, not " + describe(element));
				return;
			}
			each.accept(new FieldReader(element, at, this.problems, allowed), index);
		});
	}

	/** Hears each element of a list. */
	private interface Elements {

		/**
		 * One element.
		 * @param element the element
		 * @param index its position
		 * @param at its path, made when asked for
		 */
		void element(JsonNode element, int index, Supplier<String> at);

	}

	private void array(String field, boolean required, Elements each) {
		if (missing(field, required)) {
			return;
		}
		JsonNode value = value(field);
		if (!value.isArray()) {
			problem(at(field), "must be a list, not " + describe(value));
			return;
		}
		for (int i = 0; i < value.size(); i++) {
			int index = i;
			each.element(value.get(i), i, () -> at(field) + "[" + index + "]");
		}
	}

	static String describe(JsonNode value) {
		if (value == null || value.isNull()) {
			return "null";
		}
		if (value.isString()) {
			return "'" + shorten(value.asString()) + "'";
		}
		if (value.isObject()) {
			return "an object";
		}
		if (value.isArray()) {
			return "a list";
		}
		return value.toString();
	}

	static String shorten(String text) {
		return (text.length() <= 60) ? text : text.substring(0, 57) + "...";
	}

}
