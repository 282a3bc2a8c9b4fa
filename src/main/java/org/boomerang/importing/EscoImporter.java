package org.boomerang.importing;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Imports ESCO (or a part of it) as {@code Skill} nodes with {@code BROADER} edges,
 * through {@link ImportService} so that the same validation and writes apply as to any
 * import document.
 */
@Service
public class EscoImporter {

	private static final Logger log = LoggerFactory.getLogger(EscoImporter.class);

	private final ImportService imports;

	EscoImporter(ImportService imports) {
		this.imports = imports;
	}

	/**
	 * What an ESCO import did.
	 *
	 * @param skills skills imported (concepts without an id or label are skipped and
	 * counted in the adjustments)
	 * @param groups skill groups imported (as skills too)
	 * @param broaderLinks broader links kept
	 * @param adjustments what had to change to fit the import's limits, with counts
	 * @param result the import's own result
	 * @param tookMs milliseconds from reading the files to the last write
	 */
	public record Result(int skills, int groups, int broaderLinks, Map<String, Integer> adjustments,
			ImportResult result, long tookMs) {
	}

	/**
	 * Reads the ESCO CSV export in a directory and imports it.
	 * @param directory the export's directory
	 * @return what was imported
	 * @throws ImportRejectedException when the import refuses the converted document
	 */
	public Result importDirectory(Path directory) {
		long start = System.nanoTime();
		return importTaxonomy(EscoReader.read(directory), start);
	}

	/**
	 * Imports a taxonomy already read.
	 * @param taxonomy the concepts
	 * @return what was imported
	 * @throws ImportRejectedException when the import refuses the converted document
	 */
	public Result importTaxonomy(EscoTaxonomy taxonomy) {
		return importTaxonomy(taxonomy, System.nanoTime());
	}

	private Result importTaxonomy(EscoTaxonomy taxonomy, long start) {
		EscoDocument.Converted converted = EscoDocument.convert(taxonomy);
		converted.adjustments().forEach((what, count) -> log.info("ESCO: {} {}", count, what));
		ImportResult result = this.imports.importDocument(converted.document());
		int links = converted.skills().stream().mapToInt((s) -> s.path("broader").size()).sum();
		Set<String> written = new HashSet<>();
		converted.skills().forEach((s) -> written.add(s.get("id").asString()));
		int groups = (int) taxonomy.concepts()
			.stream()
			.filter((c) -> c.group() && written.contains(c.uri()))
			.map(EscoConcept::uri)
			.distinct()
			.count();
		long tookMs = (System.nanoTime() - start) / 1_000_000;
		Result done = new Result(written.size() - groups, groups, links, converted.adjustments(), result, tookMs);
		log.info("ESCO: imported {} skills and {} groups with {} broader links in {} ms ({})", done.skills(),
				done.groups(), links, tookMs, result.counts());
		return done;
	}

}
