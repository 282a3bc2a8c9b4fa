package org.boomerang.person;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.boomerang.audit.Auditor;
import org.boomerang.graph.DerivedState;
import org.boomerang.graph.Queries;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Erases a person ({@code person/erase}, one transaction with its audit entry), then
 * rebuilds what the service derives from the graph (the teacher and skill indexes, the
 * callers it knows by e-mail), so nothing of the person is kept in memory either.
 */
@Service
class Erasure {

	private static final Logger log = LoggerFactory.getLogger(Erasure.class);

	private final Driver driver;

	private final String erase;

	private final Auditor auditor;

	private final ObjectProvider<DerivedState> derived;

	Erasure(Driver driver, Queries queries, Auditor auditor, ObjectProvider<DerivedState> derived) {
		this.driver = driver;
		this.erase = queries.get("person/erase");
		this.auditor = auditor;
		this.derived = derived;
	}

	/**
	 * Erases a person.
	 * @param id the person's id
	 * @return whether there was such a person
	 */
	boolean erase(String id) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("anonymous", "erased:" + UUID.randomUUID());
		parameters.put("now", ZonedDateTime.now(ZoneOffset.UTC));
		parameters.put("audit", this.auditor.entry("erasePerson"));
		boolean erased = !this.driver.executableQuery(this.erase)
			.withParameters(parameters)
			.execute()
			.records()
			.isEmpty();
		if (erased) {
			// Rare and whole: rebuilding is simpler than teaching every index to forget
			// one person.
			this.derived.orderedStream().forEach(DerivedState::rebuildFromGraph);
			log.info("Erased a person (now {})", parameters.get("anonymous"));
		}
		return erased;
	}

}
