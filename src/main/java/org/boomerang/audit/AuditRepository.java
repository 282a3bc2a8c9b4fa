package org.boomerang.audit;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.boomerang.api.BadRequestException;
import org.boomerang.api.PageInfo;
import org.boomerang.graph.Queries;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Repository;

/**
 * Reads the audit trail page by page, newest first, with opaque keyset cursors (the
 * entry's instant and id).
 */
@Repository
class AuditRepository {

	/** The most entries one page may hold. */
	static final int MAX_FIRST = 100;

	private static final String CURSOR_PREFIX = "audit/1\n";

	private static final OffsetDateTime EARLIEST = OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

	private static final OffsetDateTime LATEST = OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 0, ZoneOffset.UTC);

	private final Driver driver;

	private final Queries queries;

	AuditRepository(Driver driver, Queries queries) {
		this.driver = driver;
		this.queries = queries;
	}

	AuditConnection page(Integer first, String after, OffsetDateTime since, OffsetDateTime until, String subject) {
		int size = (first != null) ? first : 20;
		if (size < 0 || size > MAX_FIRST) {
			throw new BadRequestException("first must be between 0 and " + MAX_FIRST + ", not " + size
					+ "; page through longer trails with after: pageInfo.endCursor");
		}
		Map<String, Object> window = new HashMap<>();
		window.put("since", (since != null) ? since : EARLIEST);
		window.put("until", (until != null) ? until : LATEST);
		window.put("subject", subject);
		Map<String, Object> parameters = new HashMap<>(window);
		String[] position = (after != null) ? decode(after) : null;
		parameters.put("afterAt", (position != null) ? OffsetDateTime.parse(position[0]) : null);
		parameters.put("afterId", (position != null) ? position[1] : null);
		parameters.put("limit", size + 1);
		List<AuditEntry> entries = new ArrayList<>();
		this.driver.executableQuery(this.queries.get("audit/trail-page"))
			.withParameters(parameters)
			.withConfig(Queries.READ)
			.execute()
			.records()
			.forEach((r) -> entries.add(entry(r.get("entry"))));
		int total = this.driver.executableQuery(this.queries.get("audit/trail-count"))
			.withParameters(window)
			.withConfig(Queries.READ)
			.execute()
			.records()
			.get(0)
			.get("total")
			.asInt();
		List<AuditConnection.Edge> edges = entries.stream()
			.limit(size)
			.map((e) -> new AuditConnection.Edge(encode(e), e))
			.toList();
		String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		return new AuditConnection(edges, new PageInfo(entries.size() > size, end), total);
	}

	private static AuditEntry entry(Value a) {
		List<AuditEntry.Count> counts = new ArrayList<>();
		List<String> kinds = a.get("kinds").isNull() ? List.of() : a.get("kinds").asList(Value::asString);
		for (int i = 0; i < kinds.size(); i++) {
			counts.add(new AuditEntry.Count(kinds.get(i), a.get("created").get(i).asInt(),
					a.get("updated").get(i).asInt(), a.get("unchanged").get(i).asInt()));
		}
		return new AuditEntry(a.get("id").asString(), a.get("at").asOffsetDateTime(), a.get("operation").asString(),
				a.get("subject").asString(), a.get("clientId").asString(null), a.get("personId").asString(null),
				a.get("status").asString(), counts,
				a.get("targets").isNull() ? List.of() : a.get("targets").asList(Value::asString));
	}

	private static String encode(AuditEntry entry) {
		String position = CURSOR_PREFIX + entry.at() + "\n" + entry.id();
		return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
	}

	private static String[] decode(String cursor) {
		try {
			String position = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (position.startsWith(CURSOR_PREFIX)) {
				String[] parts = position.substring(CURSOR_PREFIX.length()).split("\n", 2);
				if (parts.length == 2) {
					OffsetDateTime.parse(parts[0]);
					return parts;
				}
			}
		}
		catch (RuntimeException ex) {
			// reported below
		}
		throw new BadRequestException("after: not a cursor of the audit trail; pass pageInfo.endCursor (or an edge's"
				+ " cursor) from a previous auditTrail answer, or leave after out to start from the newest");
	}

}
