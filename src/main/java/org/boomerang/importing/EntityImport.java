package org.boomerang.importing;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.boomerang.api.BadRequestException;
import org.boomerang.api.Problem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * Writes one entity given as a GraphQL input (a map of the import document's fields)
 * through {@link ImportService}, so a mutation follows exactly the validation rules and
 * writes of an import. A refused entity becomes a {@link BadRequestException} whose
 * problems have paths relative to the input ({@code $.people[0].skills[1].level} becomes
 * {@code input.skills[1].level}).
 */
@Service
public class EntityImport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ImportService imports;

	EntityImport(ImportService imports) {
		this.imports = imports;
	}

	/**
	 * Validates and writes one entity.
	 * @param kind what the entity is
	 * @param input its fields, named as in the import document; dates may be
	 * {@code java.time} values; null values count as absent
	 * @param operation the mutation's name, for the error message
	 * @return what was written
	 * @throws BadRequestException when the entity is not valid; nothing is written
	 */
	public ImportResult upsert(Kind kind, Map<String, ?> input, String operation) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("format", DocumentValidator.FORMAT);
		document.put(kind.key(), List.of(plain(input)));
		JsonNode tree = JSON.valueToTree(document);
		try {
			return this.imports.importDocument(tree, operation);
		}
		catch (ImportRejectedException ex) {
			String prefix = "$." + kind.key() + "[0]";
			List<Problem> problems = ex.problems()
				.stream()
				.map((p) -> new Problem(relative(p.path(), prefix), p.message()))
				.toList();
			throw new BadRequestException(message(operation, problems), problems);
		}
	}

	static String relative(String path, String prefix) {
		if (path.equals(prefix)) {
			return "input";
		}
		if (path.startsWith(prefix + ".") || path.startsWith(prefix + "[")) {
			return "input" + path.substring(prefix.length());
		}
		return path;
	}

	private static String message(String operation, List<Problem> problems) {
		StringBuilder text = new StringBuilder(operation).append(" was refused (")
			.append(problems.size())
			.append((problems.size() == 1) ? " problem" : " problems")
			.append("); nothing was written. Fix ");
		text.append((problems.size() == 1) ? "it" : "them").append(" and send it again: ");
		for (int i = 0; i < problems.size(); i++) {
			if (i > 0) {
				text.append("; ");
			}
			text.append(problems.get(i).path()).append(": ").append(problems.get(i).message());
		}
		return text.toString();
	}

	/**
	 * Nulls dropped (absent), temporals as ISO-8601 text, as a JSON document has them.
	 */
	private static Object plain(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((k, v) -> {
				if (v != null) {
					copy.put(String.valueOf(k), plain(v));
				}
			});
			return copy;
		}
		if (value instanceof Iterable<?> list) {
			List<Object> copy = new ArrayList<>();
			list.forEach((v) -> copy.add(plain(v)));
			return copy;
		}
		if (value instanceof TemporalAccessor) {
			return value.toString();
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		return value;
	}

}
