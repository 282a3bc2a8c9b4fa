package org.boomerang.importing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The graph lookups of a document's checks for a store that holds nothing yet: no id is
 * stored, no transfer recorded, no mentor holds a place, the taxonomy has no links. Lets
 * {@link NewStoreImport} check a document exactly as {@link ImportService} does before
 * the database has started; it writes nothing.
 */
final class EmptyGraph extends ImportRepository {

	EmptyGraph() {
		super(null, null);
	}

	@Override
	Map<Kind, Set<String>> existing(Map<Kind, Set<String>> wanted) {
		Map<Kind, Set<String>> none = new EnumMap<>(Kind.class);
		for (Kind kind : Kind.values()) {
			none.put(kind, new HashSet<>());
		}
		return none;
	}

	@Override
	TransferComparison compareTransfers(List<Map<String, Object>> rows) {
		return new TransferComparison(rows.stream().map((row) -> (String) row.get("id")).collect(Collectors.toSet()),
				Map.of());
	}

	@Override
	Compared compare(Kind kind, List<Map<String, Object>> rows) {
		return new Compared(Set.of(), Set.of());
	}

	@Override
	Set<String> unchangedBroader(List<Map<String, Object>> rows) {
		return Set.of();
	}

	@Override
	Map<String, String[]> mentorshipPairs(Collection<String> ids) {
		return Map.of();
	}

	@Override
	Map<String, List<String>> storedBroader(Collection<String> from, Collection<String> redefined) {
		return Map.of();
	}

	@Override
	Map<String, MentorLoad> mentorLoads(Collection<String> mentors, LocalDate today) {
		return Map.of();
	}

	@Override
	Written write(List<Step> steps, Map<String, Object> audit) {
		throw new UnsupportedOperationException("an empty graph without a database is only read");
	}

}
