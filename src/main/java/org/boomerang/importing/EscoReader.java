package org.boomerang.importing;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads the ESCO CSV export (English): {@value #SKILLS}, {@value #GROUPS} and
 * {@value #BROADER}, from a directory or from the class path. Cells may hold quoted
 * multi-line values; alternative labels are split on new lines and on {@code " | "}.
 */
public final class EscoReader {

	/** The skills file of the export. */
	public static final String SKILLS = "skills_en-us.csv";

	/** The skill groups file of the export. */
	public static final String GROUPS = "skillGroups_en.csv";

	/** The broader relations among skills and groups. */
	public static final String BROADER = "broaderRelationsSkillPillar.csv";

	private static final Pattern ALIAS_SEPARATOR = Pattern.compile("\\R| \\| ");

	private static final CsvMapper CSV = CsvMapper.builder().build();

	private EscoReader() {
	}

	/**
	 * Opens one file of the export by name.
	 */
	@FunctionalInterface
	public interface Source {

		/**
		 * Opens a file.
		 * @param fileName e.g. {@value EscoReader#SKILLS}
		 * @return its bytes, UTF-8
		 * @throws IOException when it cannot be read
		 */
		InputStream open(String fileName) throws IOException;

	}

	/**
	 * Reads the export in a directory.
	 * @param directory the directory holding the three files
	 * @return the taxonomy
	 * @throws UncheckedIOException when a file is missing or unreadable
	 */
	public static EscoTaxonomy read(Path directory) {
		return read((name) -> Files.newInputStream(directory.resolve(name)));
	}

	/**
	 * Reads the export from the class path.
	 * @param location a folder on the class path, e.g. {@code demo/esco}
	 * @return the taxonomy
	 * @throws UncheckedIOException when a file is missing or unreadable
	 */
	public static EscoTaxonomy readClasspath(String location) {
		ClassLoader loader = EscoReader.class.getClassLoader();
		return read((name) -> {
			InputStream in = loader.getResourceAsStream(location + "/" + name);
			if (in == null) {
				throw new FileNotFoundException("classpath:" + location + "/" + name);
			}
			return in;
		});
	}

	/**
	 * Reads the export from any source.
	 * @param source opens the files by name
	 * @return the taxonomy
	 * @throws UncheckedIOException when a file is missing or unreadable
	 */
	public static EscoTaxonomy read(Source source) {
		Map<String, List<String>> broader = new LinkedHashMap<>();
		for (Map<String, String> row : rows(source, BROADER)) {
			String child = cell(row, "conceptUri");
			String parent = cell(row, "broaderUri");
			if (child != null && parent != null) {
				broader.computeIfAbsent(child, (k) -> new ArrayList<>()).add(parent);
			}
		}
		List<EscoConcept> concepts = new ArrayList<>();
		for (Map<String, String> row : rows(source, SKILLS)) {
			concept(row, false, broader, concepts);
		}
		for (Map<String, String> row : rows(source, GROUPS)) {
			concept(row, true, broader, concepts);
		}
		return new EscoTaxonomy(concepts);
	}

	private static void concept(Map<String, String> row, boolean group, Map<String, List<String>> broader,
			List<EscoConcept> concepts) {
		String uri = cell(row, "conceptUri");
		if (uri == null) {
			return;
		}
		String name = cell(row, "preferredLabel");
		concepts.add(new EscoConcept(uri, (name != null) ? name : "", aliases(cell(row, "altLabels")),
				cell(row, "description"), broader.getOrDefault(uri, List.of()), group,
				group ? "" : orEmpty(cell(row, "skillType")), group ? "" : orEmpty(cell(row, "reuseLevel"))));
	}

	/**
	 * Splits an ESCO alternative-labels cell into labels.
	 * @param cell the cell, new-line or {@code " | "} separated, or {@code null}
	 * @return the distinct, trimmed labels
	 */
	public static List<String> aliases(String cell) {
		if (cell == null || cell.isBlank()) {
			return List.of();
		}
		LinkedHashSet<String> labels = new LinkedHashSet<>();
		for (String label : ALIAS_SEPARATOR.split(cell)) {
			String trimmed = label.strip().replaceAll("\\s+", " ");
			if (!trimmed.isEmpty()) {
				labels.add(trimmed);
			}
		}
		return List.copyOf(labels);
	}

	private static List<Map<String, String>> rows(Source source, String fileName) {
		CsvSchema schema = CsvSchema.emptySchema().withHeader();
		try (InputStream in = source.open(fileName);
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
				MappingIterator<Map<String, String>> rows = CSV.readerFor(Map.class).with(schema).readValues(reader)) {
			return rows.readAll();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the ESCO file " + fileName + ": " + ex.getMessage(), ex);
		}
	}

	private static String cell(Map<String, String> row, String column) {
		String value = row.get(column);
		if (value == null) {
			return null;
		}
		String stripped = value.strip();
		return stripped.isEmpty() ? null : stripped;
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

}
